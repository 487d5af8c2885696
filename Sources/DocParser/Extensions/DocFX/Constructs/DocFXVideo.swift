import DocModel

/// DocFX's `> [!VIDEO https://…]`: an embedded player, sandboxed, for an `https` address from a host the
/// site embeds from (``VideoHosts``, `site.videoHosts`); a plain link for another address a page may link to.
/// A paragraph that is the marker alone, without the `>`, is read as the same video and reported.
struct DocFXVideo: DocFXConstructReader {
  static let name = "video"
  static let opener = DocFXOpener.quoteMarker("VIDEO")
  static let otherOpeners = [DocFXOpener.paragraphMarker("VIDEO")]

  var attributes: DocFXAttributes
  /// What the quote holds after the marker.
  var blocks: [Block]

  var address: String { attributes["url"] ?? "" }

  static func read(_ blocks: [Block], at index: Int, in reading: DocFXReading) -> (block: Block, taken: Int)? {
    let marker: DocFXInterpreter.Marker
    let content: [Block]
    switch blocks[index] {
    case .blockQuote(let quote):
      guard let (quoted, rest) = DocFXInterpreter.markerAndContent(of: quote) else { return nil }
      (marker, content) = (quoted, rest)
    case .paragraph:
      // Without the `>`, which DocFX expects: shown as the same video, reported.
      guard let alone = reading.paragraphMarker(blocks[index]) else { return nil }
      (marker, content) = (alone, [])
      reading.report(DocFXVideoUnquoted.self, DocFXVideoUnquoted.unquoted(alone.argument), at: blocks[index])
    default:
      return nil
    }
    if marker.argument.isEmpty {
      reading.report(
        DocFXInvalidAttribute.self, DocFXInvalidAttribute.missingAddress(of: marker.name), at: blocks[index])
    } else if !marker.argument.lowercased().hasPrefix("https://") {
      reading.report(DocFXInvalidAttribute.self, DocFXInvalidAttribute.notEmbedded(marker.argument), at: blocks[index])
    } else if let hosts = reading.context.videoHosts, let host = VideoHosts.host(of: marker.argument),
      !hosts.contains(host)
    {
      reading.report(DocFXVideoHost.self, DocFXVideoHost.notListed(marker.argument, host: host), at: blocks[index])
    }
    let video = DocFXVideo(attributes: DocFXAttributes([.init(name: "url", value: marker.argument)]), blocks: content)
    return (.docfx(DocFXBlock(video, range: blocks[index].range)), 1)
  }

  func render<Writer: DocFXHTMLWriter>(into writer: inout Writer) {
    let label = writer.label("video")
    if let url = writer.mediaURL(address), url.lowercased().hasPrefix("https://"), writer.embedsVideo(url) {
      writer.open("div", ["class": "docfx-video"])
      writer.open(
        "iframe",
        [
          "src": url, "title": label, "sandbox": "allow-scripts allow-presentation", "allowfullscreen": "",
          "referrerpolicy": "no-referrer",
        ])
      writer.close("iframe")
      writer.close("div")
      writer.text("\n")
    } else if let url = writer.linkURL(address) {
      writer.open("p", ["class": "docfx-video"])
      writer.open("a", ["href": url])
      writer.text(label)
      writer.close("a")
      writer.close("p")
      writer.text("\n")
    }
    writer.blocks(blocks)
  }
}
