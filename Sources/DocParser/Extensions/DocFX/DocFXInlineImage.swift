import DocModel
import Foundation

/// DocFX's `:::image … :::` written inside a line of text, as Learn pages put an icon in a sentence
/// ("select the :::image type="icon" source="media/book.png" alt-text="Book"::: icon"): read into a
/// Markdown image, its `source` the address and its `alt-text` the description, so that the site shows it
/// and publishes its file. An `:::image` line of its own is a block (``DocFXImage``).
enum DocFXInlineImage {
  /// Whether any of the inlines may hold an `:::image`.
  static func mayHold(_ inlines: [Inline]) -> Bool {
    inlines.contains(where: mayHoldImage)
  }

  /// The inlines with each `:::image … :::` inside a line read into an image; in a paragraph
  /// (`linesMayBeBlocks`), one that starts a line is left for the block reader, in a table cell it is read too.
  static func read(_ inlines: [Inline], linesMayBeBlocks: Bool = true) -> [Inline] {
    guard mayHold(inlines) else { return inlines }
    var result: [Inline] = []
    for (index, inline) in inlines.enumerated() {
      guard case .text(let text) = inline, mayHoldImage(inline) else {
        result.append(inline)
        continue
      }
      let startsLine = linesMayBeBlocks && (index == 0 || DocFXReading.isBreak(inlines[index - 1]))
      result += split(text, startsLine: startsLine)
    }
    return result
  }

  private static func mayHoldImage(_ inline: Inline) -> Bool {
    if case .text(let text) = inline { return text.containsBytes(of: ":::image") }
    return false
  }

  /// The text with its inline images read; one at the start of a line is left for the block reader.
  private static func split(_ text: String, startsLine: Bool) -> [Inline] {
    var result: [Inline] = []
    var pending = Substring(text)[...]
    var searchFrom = pending.startIndex
    while let open = pending[searchFrom...].range(of: ":::image"),
      let close = pending[open.upperBound...].range(of: ":::")
    {
      let isLineStart = startsLine && pending[..<open.lowerBound].isEmpty
      guard !isLineStart, let line = DocFXColonLine.read(pending[open.lowerBound..<close.upperBound]),
        line.name.lowercased() == "image", line.problem == nil, let source = line.attributes["source"],
        !source.isEmpty
      else {
        searchFrom = open.upperBound
        continue
      }
      let before = pending[..<open.lowerBound]
      if !before.isEmpty { result.append(.text(String(before))) }
      let alt = line.attributes["alt-text"] ?? ""
      result.append(.image(Inline.Link(destination: source, children: alt.isEmpty ? [] : [.text(alt)])))
      pending = pending[close.upperBound...]
      searchFrom = pending.startIndex
    }
    if !pending.isEmpty { result.append(.text(String(pending))) }
    return result
  }
}
