public import DocModel

/// The JSON Schema (draft 2020-12) of a catalog's JSON, made from its configuration: each entry's values are
/// checked against its own catalog's fields, as ``CatalogValue/json(as:)`` writes them.
///
/// An entry's `catalog` chooses its catalog's schema (`if`/`then`): untranslated fields under the entry's
/// `values`, translated ones under each locale's `values`. The source locale's values are held to what the
/// build reads there (required fields given, enum values from the source's set); the other locales' to
/// their types only, since translations are not read as the types of untranslated fields and their empty
/// cells are not reported.
public enum CatalogSchema {
  /// The schema of `catalog`'s JSON; the values of its `enum` fields are those its source locale gives.
  public static func schema(for catalog: Catalog) -> JSONValue {
    var definitions = genericDefinitions
    for definition in catalog.catalogs {
      definitions[definitionName(definition.name)] = entrySchema(definition, of: catalog)
    }
    definitions["entry"] = entry(catalogs: catalog.catalogs.map(\.name))
    return .object([
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "DocCatalog catalog",
      "description": .string(
        "What `doccatalog build` writes: every catalog entry of a docs folder, aligned across locales. "
          + "schemaVersion \(Catalog.currentSchemaVersion). Written by `doccatalog build --schema` from the "
          + "configuration: each entry's values are checked against its catalog's fields."),
      "type": "object",
      "required": strings(["schemaVersion", "sourceLocale", "locales", "catalogs", "pages", "entries"]),
      "additionalProperties": false,
      "properties": .object([
        "schemaVersion": .object(["const": .integer(Catalog.currentSchemaVersion)]),
        "sourceLocale": .object(["const": .string(catalog.sourceLocale)]),
        "locales": .object([
          "description": "Every locale, the source locale first.",
          "type": "array", "items": reference("locale"), "minItems": 1, "uniqueItems": true,
        ]),
        "catalogs": .object(["type": "array", "items": reference("catalogDefinition")]),
        "pages": .object([
          "description": "Every page of every locale, sorted by path.", "type": "array", "items": reference("page"),
        ]),
        "entries": .object([
          "description": "Every entry in source order.", "type": "array", "items": reference("entry"),
        ]),
      ]),
      "$defs": .object(definitions),
    ])
  }

  /// The name in `$defs` of the entries of the catalog `name` (an identifier, so a valid pointer as it is;
  /// the dot keeps it apart from the other definitions).
  static func definitionName(_ name: String) -> String { "catalog.\(name)" }

  // MARK: Entries of one catalog

  /// What an entry of `definition` holds beyond the shape of every entry.
  static func entrySchema(_ definition: CatalogDefinition, of catalog: Catalog) -> JSONValue {
    let enumValues = sourceEnumValues(definition, of: catalog)
    let untranslated = definition.fields.enumerated().filter { !$0.element.translated }
    let translated = definition.fields.enumerated().filter { $0.element.translated }
    func values(_ fields: [(offset: Int, element: CatalogField)], asSource: Bool) -> JSONValue {
      var properties: [String: JSONValue] = [:]
      for (index, field) in fields {
        properties[field.name] = value(field, asSource: asSource, enumValues: enumValues[index])
      }
      return .object([
        "type": "object", "required": strings(fields.map(\.element.name)), "additionalProperties": false,
        "properties": .object(properties),
      ])
    }
    return .object([
      "description": .string("An entry of \(definition.name): its fields' values as their types write them."),
      "properties": .object([
        "values": values(untranslated, asSource: true),
        "locales": .object([
          "required": strings(catalog.locales),
          "properties": .object([
            catalog.sourceLocale: .object(["properties": .object(["values": values(translated, asSource: true)])])
          ]),
          "additionalProperties": .object(["properties": .object(["values": values(translated, asSource: false)])]),
        ]),
      ]),
    ])
  }

  /// For each `enum` field, by index, the values its source locale's rows give, sorted.
  static func sourceEnumValues(_ definition: CatalogDefinition, of catalog: Catalog) -> [Int: [String]] {
    let indexes = definition.fields.indices.filter { definition.fields[$0].type == .enum }
    guard !indexes.isEmpty else { return [:] }
    var found: [Int: Set<String>] = [:]
    for entry in catalog.entries where entry.catalog == definition.name {
      guard let source = entry.locales[catalog.sourceLocale] else { continue }
      for index in indexes { found[index, default: []].insert(source[index].text) }
    }
    return Dictionary(uniqueKeysWithValues: indexes.map { ($0, (found[$0] ?? []).sorted()) })
  }

  /// A field's value as ``CatalogValue/json(as:)`` writes it. `asSource`: as the source locale's row gives
  /// it, where a required field is never empty and an `enum` value is one of `enumValues`.
  static func value(_ field: CatalogField, asSource: Bool, enumValues: [String]?) -> JSONValue {
    let required = asSource && field.required
    // Text with something other than white space in it: what a required cell holds.
    let text: JSONValue = required ? .object(["type": "string", "pattern": "\\S"]) : .object(["type": "string"])
    let string: JSONValue = ["type": "string"]
    func object(_ properties: [String: JSONValue], optional: [String] = []) -> JSONValue {
      let typed: JSONValue = .object([
        "type": "object", "additionalProperties": false,
        "required": strings(properties.keys.filter { !optional.contains($0) }.sorted()),
        "properties": .object(properties),
      ])
      // Empty, or not read as the type (which the source reports), it is null.
      return required ? typed : .object(["anyOf": .array([typed, ["type": "null"]])])
    }
    switch field.type {
    case .text, .pattern:
      return text
    case .enum:
      guard asSource, let enumValues else { return text }
      return .object(["type": "string", "enum": strings(enumValues)])
    case .markdown:
      return .object([
        "type": "object", "additionalProperties": false, "required": strings(["markdown", "text"]),
        "properties": .object(["markdown": string, "text": text]),
      ])
    case .links:
      return .object([
        "type": "object", "additionalProperties": false, "required": strings(["markdown", "targets", "text"]),
        "properties": .object([
          "markdown": string, "targets": .object(["type": "array", "items": string]), "text": text,
        ]),
      ])
    case .list:
      var list: [String: JSONValue] = ["type": "array", "items": string]
      if required { list["minItems"] = .integer(1) }
      return .object(list)
    case .integer:
      return object(["value": ["type": "integer"], "written": string])
    case .code:
      return object([
        "hex": ["type": "string", "pattern": "^0x[0-9A-F]{8,16}$"],
        "value": ["type": ["integer", "null"], "minimum": 0], "written": string,
      ])
    case .status:
      return object(
        [
          "reply": ["type": "integer"], "status": ["type": "string", "pattern": "^[245]\\.[0-9]{1,3}\\.[0-9]{1,3}$"],
          "written": string,
        ], optional: ["reply"])
    case .date:
      return object(["value": ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"], "written": string])
    }
  }

  // MARK: What every catalog shares

  /// Every entry's shape, and the schema of its catalog chosen by its `catalog`.
  static func entry(catalogs: [String]) -> JSONValue {
    .object([
      "type": "object",
      "required": strings(["id", "catalog", "page", "locales", "values"]),
      "additionalProperties": false,
      "properties": .object([
        "id": .object([
          "description": "Stable: derived from the source row's key.", "type": "string", "pattern": "^[a-z0-9-]+$",
        ]),
        "catalog": .object(["enum": strings(catalogs)]),
        "page": .object(["type": "string"]),
        "locales": .object([
          "type": "object", "propertyNames": reference("locale"), "additionalProperties": reference("localizedEntry"),
          "minProperties": 1,
        ]),
        "values": .object([
          "description": "The values of the fields that are not translated, from the source locale.", "type": "object",
        ]),
      ]),
      "allOf": .array(
        catalogs.map { name in
          .object([
            "if": .object(["properties": .object(["catalog": .object(["const": .string(name)])])]),
            "then": reference(definitionName(name)),
          ])
        }),
    ])
  }

  static let genericDefinitions: [String: JSONValue] = [
    "locale": ["type": "string", "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"],
    "fieldName": ["type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"],
    "catalogDefinition": .object([
      "type": "object", "required": strings(["name", "pages", "fields", "key", "lookup"]),
      "additionalProperties": false,
      "properties": .object([
        "name": ["type": "string", "minLength": 1],
        "pages": .object(["type": "array", "items": ["type": "string"]]),
        "key": .object([
          "description": "The fields whose values together identify an entry.", "type": "array",
          "items": reference("fieldName"), "minItems": 1,
        ]),
        "lookup": .object([
          "description": "The fields `lookup` matches text received at run time against.", "type": "array",
          "items": reference("fieldName"),
        ]),
        "fields": .object(["type": "array", "items": reference("fieldDefinition"), "minItems": 1]),
      ]),
    ]),
    "fieldDefinition": .object([
      "type": "object", "required": strings(["name", "type", "header", "translated", "required"]),
      "additionalProperties": false,
      "properties": .object([
        "name": reference("fieldName"),
        "type": .object(["enum": strings(CatalogFieldType.allCases.map(\.rawValue))]),
        "header": .object([
          "description": "The header texts that name the field's column, per locale.", "type": "object",
          "additionalProperties": .object(["type": "array", "items": ["type": "string"]]),
        ]),
        "translated": .object([
          "description":
            "Whether translations give the value in their own words; when not, the value is the entry's, from the source locale.",
          "type": "boolean",
        ]),
        "required": ["type": "boolean"],
        "anyValue": .object([
          "description": "For enum fields, the source locale's value that stands for every value.", "type": "string",
        ]),
      ]),
    ]),
    "page": .object([
      "type": "object", "required": strings(["id", "locale", "path", "frontMatter"]), "additionalProperties": false,
      "properties": .object([
        "id": ["type": "string", "minLength": 1],
        "locale": reference("locale"),
        "path": ["type": "string", "minLength": 1],
        "title": ["type": "string"],
        "frontMatter": .object([
          "description":
            "Every front matter key; scalars as text unless YAML typed them as null, boolean or number.",
          "type": "object",
        ]),
      ]),
    ]),
    "localizedEntry": .object([
      "type": "object", "required": strings(["values", "href", "path", "line", "fallback"]),
      "additionalProperties": false,
      "properties": .object([
        "values": .object(["description": "The translated fields' values in this locale.", "type": "object"]),
        "path": .object([
          "description": "The file the row was read from, relative to the docs folder.", "type": "string",
        ]),
        "line": .object(["description": "The row's line in path.", "type": "integer", "minimum": 1]),
        "href": .object([
          "description":
            "Where the HTML site shows the row in this locale, relative to the site's folder: the page and the row's id as its fragment.",
          "type": "string", "pattern": "^[^#]+\\.html#[a-z0-9-]+$",
        ]),
        "fallback": .object([
          "description": "True when the locale has no row for the entry and the source locale's text stands in.",
          "type": "boolean",
        ]),
      ]),
    ]),
  ]

  private static func reference(_ name: String) -> JSONValue {
    .object(["$ref": .string("#/$defs/\(name)")])
  }

  private static func strings(_ values: [String]) -> JSONValue {
    .array(values.map(JSONValue.string))
  }
}
