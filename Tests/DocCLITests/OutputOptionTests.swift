import DocBuild
import Testing

@testable import DocCLI

/// `build` has an option for every output of the registry, named by its key, with its help.
@Suite("Output options")
struct OutputOptionTests {
  @Test func everyRegisteredOutputHasItsOption() throws {
    let help = BuildCommand.helpMessage(columns: 1_000)
    for output in OutputRegistry.all {
      let command = try BuildCommand.parse(["docs", "--\(output.key)", "out"])
      #expect(command.outputPaths == [output.key: "out"], "--\(output.key)")
      #expect(help.contains("--\(output.key) <\(output.key)>"), "--\(output.key) in the help")
      #expect(help.contains(output.help), "the help of --\(output.key)")
    }
    #expect(try BuildCommand.parse(["docs"]).outputPaths.isEmpty)
  }
}
