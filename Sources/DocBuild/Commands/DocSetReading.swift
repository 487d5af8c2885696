public import DocParser

/// A docs folder read whole into memory, every page kept with its blocks: what tests and tools that walk
/// the whole model use. It is the same pass the commands make, with a consumer that keeps everything.
public enum DocSetReading {
  /// The doc set of `root`; an invalid configuration fails, its findings told to `observer`.
  public static func read(root: String, configPath: String? = nil, observer: any BuildObserver = IgnoredEvents())
    throws(BuildFailure) -> DocSet
  {
    let folder = try DocsFolder.open(root: root, configPath: configPath, observer: observer)
    var whole: WholePages?
    let pass = try PagePass(folder: folder).run { setup in
      whole = WholePages(setup)
      return [whole!]
    }
    guard let whole else { preconditionFailure("the pass makes its consumers") }
    return whole.docSet(pass)
  }
}

/// An observer that lets every event go.
public struct IgnoredEvents: BuildObserver {
  public init() {}
  public func observe(_ event: BuildEvent) {}
}
