import DocModel
import Testing

@testable import DocParser

/// How code snippets are cut from their files: DocFX's region markers in the languages it knows them in,
/// ranges, and the addresses of the older `[!code-…]` form.
@Suite("Snippet files")
struct SnippetFileTests {
  @Test func regionsInEveryMarkerStyle() throws {
    let file = SnippetFile(
      text: """
        // <cs>
            Console.WriteLine();
              Indented();
        // </cs>
        #region vb
        Dim x = 1
        #region inner
        Dim y = 2
        #endregion
        #endregion
        <!-- <xml> -->
        <a/>
        <!-- </xml> -->
        # <py>
        print(1)
        # </py>
        ' <basic>
        Print 1
        ' </basic>
        /* <c> */
        int c;
        /* </c> */
        """)
    let limit = 1 << 20
    #expect(try file.cut(region: "cs", limit: limit) == "Console.WriteLine();\n  Indented();")
    #expect(try file.cut(region: "VB", limit: limit) == "Dim x = 1\nDim y = 2")
    #expect(try file.cut(region: "inner", limit: limit) == "Dim y = 2")
    #expect(try file.cut(region: "xml", limit: limit) == "<a/>")
    #expect(try file.cut(region: "py", limit: limit) == "print(1)")
    #expect(try file.cut(region: "basic", limit: limit) == "Print 1")
    #expect(try file.cut(region: "c", limit: limit) == "int c;")
    #expect(throws: SnippetFile.Failure.noRegion("nope")) { try file.cut(region: "nope", limit: limit) }
    #expect(throws: SnippetFile.Failure.tooLarge) { try file.cut(region: "cs", limit: 10) }
  }

  @Test func ranges() throws {
    let file = SnippetFile(text: "one\r\ntwo\nthree\nfour\n")
    #expect(try file.cut(range: "2-3", limit: 100) == "two\nthree")
    #expect(try file.cut(range: "4,1", limit: 100) == "four\none")
    #expect(try file.cut(range: "3-", limit: 100) == "three\nfour")
    #expect(try file.whole(limit: 100) == "one\ntwo\nthree\nfour")
    #expect(throws: SnippetFile.Failure.rangeBeyondEnd("2-5", lines: 4)) { try file.cut(range: "2-5", limit: 100) }
    #expect(throws: SnippetFile.Failure.unreadableRange("3-1")) { try file.cut(range: "3-1", limit: 100) }
    #expect(throws: SnippetFile.Failure.unreadableRange("0")) { try file.cut(range: "0", limit: 100) }
    #expect(throws: SnippetFile.Failure.unreadableRange("99999999999999999999")) {
      try file.cut(range: "99999999999999999999", limit: 100)
    }
    #expect(throws: SnippetFile.Failure.tooLarge) { try file.cut(range: "1-,1-", limit: 30) }
  }

  @Test func olderAddresses() {
    func attributes(_ marker: String, _ address: String) -> [String] {
      DocFXCode.attributes(marker: marker, address: address).list.map { "\($0.name)=\($0.value)" }
    }
    #expect(attributes("code-csharp", "app.cs#main") == ["language=csharp", "source=app.cs", "id=main"])
    #expect(attributes("code-CSharp", "app.cs#L3-L5") == ["language=csharp", "source=app.cs", "range=3-5"])
    #expect(attributes("code-js", "a.js?range=2-4,7") == ["language=js", "source=a.js", "range=2-4,7"])
    #expect(attributes("code-js", "a.js?name=x&highlight=2") == ["language=js", "source=a.js", "id=x", "highlight=2"])
    #expect(attributes("code-js", "a.js?start=2&end=4") == ["language=js", "source=a.js", "range=2-4"])
    #expect(attributes("code", "a.txt") == ["source=a.txt"])
  }
}
