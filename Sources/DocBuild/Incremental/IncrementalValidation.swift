import DocModel

/// `validate` run again and again on the same docs by a long-running process (a preview server): each run is
/// a ``ValidationPipeline`` run, with the same findings, that keeps what each page gave the rules in memory,
/// so that a page whose bytes and includes are as they were is not parsed again. The rules across pages
/// (links, anchors, translations, rows) run on every page's kept facts each time.
public final class IncrementalValidation: Sendable {
  private let pipeline: ValidationPipeline

  /// Validations of `pipeline`'s docs.
  public init(_ pipeline: ValidationPipeline) {
    var pipeline = pipeline
    pipeline.memory = PageResultMemory()
    self.pipeline = pipeline
  }

  /// Validates the docs as they are now; see ``ValidationPipeline/run(observer:progress:timer:)``.
  public func run(
    observer: any BuildObserver, progress: any BuildProgress = NoProgress(),
    timer: PhaseTimer = PhaseTimer(enabled: false)
  ) throws(BuildFailure) -> ValidationPipeline.Result {
    try pipeline.run(observer: observer, progress: progress, timer: timer)
  }
}
