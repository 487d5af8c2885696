public import DocModel

/// A build that a long-running process (a preview server) runs again and again on the same docs: each run
/// is a ``BuildPipeline`` run, with the same outputs and findings, that also keeps the pages' results in
/// memory, so that a page whose bytes and includes are as they were is neither parsed nor read from the
/// cache folder again. Invalidation is the cache's: by content, never by time alone.
public final class IncrementalBuild: Sendable {
  private let request: BuildPipeline.Request
  private let memory = PageResultMemory()

  /// Builds of `request` (which must use the cache for pages to be kept).
  public init(_ request: BuildPipeline.Request) {
    self.request = request
  }

  /// Builds the docs as they are now; see ``BuildPipeline/run(observer:progress:timer:)``.
  @discardableResult
  public func run(
    observer: any BuildObserver, progress: any BuildProgress = NoProgress(),
    timer: PhaseTimer = PhaseTimer(enabled: false)
  ) throws(BuildFailure) -> Catalog? {
    var pipeline = BuildPipeline(request)
    pipeline.memory = memory
    return try pipeline.run(observer: observer, progress: progress, timer: timer)
  }
}
