import DocModel

/// How a ``DocFXConstruct`` type is found among a container's blocks and read from them. A construct's
/// file declares its type conforming to this protocol, and `DocFXConstructRegistry` lists it.
protocol DocFXConstructReader: DocFXConstruct {
  /// What opens the construct.
  static var opener: DocFXOpener { get }
  /// Other syntax that opens the same construct (`[!code-cs[](file)]` besides `:::code:::`); none by default.
  static var otherOpeners: [DocFXOpener] { get }
  /// Reads the construct opened by `blocks[index]` (the opener this type declares); gives the block it
  /// becomes and how many blocks it took from `index` on, or `nil` to leave the blocks as they are. Bad or
  /// missing attributes are reported through `reading`.
  static func read(_ blocks: [Block], at index: Int, in reading: DocFXReading) -> (block: Block, taken: Int)?
}

extension DocFXConstructReader {
  static var otherOpeners: [DocFXOpener] { [] }
}

/// What opens a DocFX construct in the docs.
enum DocFXOpener: Hashable {
  /// A paragraph line `:::name attributes:::` (or `::: name attributes`).
  case colonLine(String)
  /// A block quote starting with `> [!NAME argument]`; the name in capitals.
  case quoteMarker(String)
  /// A paragraph that is all `[!NAME argument]`, a quote's marker written without the `>`; the name in
  /// capitals.
  case paragraphMarker(String)
  /// A paragraph that is all `[!NAME-suffix[text](address)]`, such as `[!code-csharp[](app.cs#main)]`; the
  /// name in capitals, before its first `-`.
  case linkMarker(String)
  /// A heading whose whole text is a link to `#tab/id`.
  case tabHeading
}
