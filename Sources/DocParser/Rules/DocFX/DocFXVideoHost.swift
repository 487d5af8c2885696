public import DocModel

/// A `[!VIDEO]` address whose host is not one the site embeds from (`site.videoHosts`): the site shows it as
/// a link, not as a player.
public enum DocFXVideoHost: DiagnosticRule {
  public static let rule = Rule(
    "docfx.video-host", .warning, "a [!VIDEO] address from a host not in site.videoHosts is shown as a link")

  /// A video from `host`, which the configuration does not list.
  static func notListed(_ address: String, host: String) -> String {
    "'[!VIDEO \(address)]' is from '\(host)', which is not in site.videoHosts: it is shown as a link, not embedded"
  }

  /// The findings of every `[!VIDEO]` of `document` (the page at `file`, its includes not followed) with an
  /// `https` address from a host not in `hosts`.
  public static func findings(in document: Document, hosts: Set<String>, file: String) -> [Diagnostic] {
    var found: [Diagnostic] = []
    document.forEachBlock { block in
      guard case .docfx(let docfx) = block, let video = docfx.construct as? DocFXVideo,
        let host = VideoHosts.host(of: video.address), !hosts.contains(host)
      else { return }
      found.append(
        finding(
          notListed(video.address, host: host), file: file, line: docfx.range?.start.line ?? 0,
          column: docfx.range?.start.column ?? 0))
    }
    return found
  }
}
