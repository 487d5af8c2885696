import DocConsole
import DocTestSupport
import Foundation
import Testing

@testable import DocCLI

/// Text printed for people escapes what would act instead of showing: a file name cannot start a line of its
/// own (GitHub Actions reads `::error …` at the start of any line of a log as a command), and a page cannot
/// send escape sequences to the terminal.
@Suite("Control characters in printed text")
struct TerminalEscapingTests {
  static let forgedName = "x\n::error file=forged.swift,line=1::Forged annotation\n.md"

  @Test func controlsAreShownAsEscapes() {
    #expect(TerminalText.escaped("a\nb\r\tc") == "a\\nb\\r\\tc")
    #expect(TerminalText.escaped("\u{1B}[2J\u{7}\u{0}\u{7F}") == "\\u{1B}[2J\\u{7}\\u{0}\\u{7F}")
    #expect(
      TerminalText.escaped("C1 \u{85}\u{9B} line \u{2028}\u{2029}") == "C1 \\u{85}\\u{9B} line \\u{2028}\\u{2029}")
    #expect(TerminalText.escaped("bidi \u{202E}txt\u{2066}\u{2069}") == "bidi \\u{202E}txt\\u{2066}\\u{2069}")
    for kept in ["plain", "a \\ b", "エラー … “quoted” – é", "\u{200B}\u{2030}\u{A0}😀", ""] {
      #expect(TerminalText.escaped(kept) == kept)
    }
  }

  /// `validate`: the file name and the source line are escaped, the caret still under the column.
  @Test func validateEscapesFileNamesAndSourceLines() throws {
    let fixture = try DocSetFixture([
      "en-US/" + Self.forgedName: "# T\n\n|a|b|\n|-|-|\n|\u{1B}[2J\u{1B}]0;pwned\u{7}x|y|z|\n"
    ])
    let result = try Command.run(Command.doccatalog, ["validate", fixture.root.path])
    let report = String(decoding: result.standardOutput, as: UTF8.self)
    #expect(!report.contains("\u{1B}") && !report.contains("\u{7}"))
    #expect(!report.split(separator: "\n").contains { $0.drop { $0 == " " }.hasPrefix("::") }, "\(report)")
    let escapedName = "x\\n::error file=forged.swift,line=1::Forged annotation\\n.md"
    #expect(report.contains(escapedName + ":5:20: warning: row has 3 cells but the header has 2"))
    #expect(
      report.contains(
        " 5 | |\\u{1B}[2J\\u{1B}]0;pwned\\u{7}x|y|z|\n"
          + "   | " + String(repeating: " ", count: "|\\u{1B}[2J\\u{1B}]0;pwned\\u{7}x|y|".count) + "^\n"))
  }

  /// `build`'s messages and `lookup`'s text output: names and texts from the docs are escaped too.
  @Test func buildAndLookupEscapeNamesAndTexts() throws {
    let fixture = try DocSetFixture([
      "doccatalog.yml": DocSetFixture.configuration,
      "en-US/errors.md": DocSetFixture.page(
        locale: "en-US", rows: [["Boom \u{1B}[31mred", "App\u{202E}", "what it means", "fix"]]),
      "en-US/" + Self.forgedName: "# T\n\n|a|b|\n|-|-|\n|1|2|3|\n",
    ])
    let json = fixture.root.appendingPathComponent("out\n::error ::named.json").path
    let build = try Command.run(Command.doccatalog, ["build", fixture.root.path, "--json", json])
    #expect(build.status == 0, "\(build.standardError)")
    #expect(build.standardError.contains("out\\n::error ::named.json: 1 entries"), "\(build.standardError)")
    #expect(build.standardError.contains("x\\n::error file=forged.swift,line=1::Forged annotation\\n.md:5:6: warning"))
    #expect(!build.standardError.split(separator: "\n").contains { $0.hasPrefix("::") }, "\(build.standardError)")

    let lookup = try Command.run(Command.doccatalog, ["lookup", "Boom \u{1B}[31mred", "--catalog", json])
    let text = String(decoding: lookup.standardOutput, as: UTF8.self)
    #expect(lookup.status == 0, "\(lookup.standardError)")
    #expect(text.contains("Boom \\u{1B}[31mred") && text.contains("App\\u{202E}"), "\(text)")
    #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}"))
  }
}
