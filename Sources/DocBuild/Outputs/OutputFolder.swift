/// A folder a build produces, replaced whole: its files, or the staging folder they went to as they were made.
public struct OutputFolder: Sendable {
  public var folder: String
  public var files: [String: [UInt8]]
  /// Where the files already went, when they are not in `files`.
  var staged: SiteStaging?

  /// How many files the folder has.
  public var fileCount: Int { staged?.count ?? files.count }
}
