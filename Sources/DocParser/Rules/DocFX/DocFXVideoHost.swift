public import DocModel

/// A `[!VIDEO]` address whose host is not one the site embeds from (`site.videoHosts`): the site shows it as
/// a link, not as a player. Found as the page is parsed (``MarkdownParser/videoHosts``), so `build`, whatever
/// its outputs, reports it as `validate` does.
public enum DocFXVideoHost: DiagnosticRule {
  public static let rule = Rule(
    "docfx.video-host", .warning, "a [!VIDEO] address from a host not in site.videoHosts is shown as a link")

  /// A video from `host`, which the configuration does not list.
  static func notListed(_ address: String, host: String) -> String {
    "'[!VIDEO \(address)]' is from '\(host)', which is not in site.videoHosts: it is shown as a link, not embedded"
  }
}
