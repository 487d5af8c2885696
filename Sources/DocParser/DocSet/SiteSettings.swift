import DocModel
import Foundation
internal import Yams

/// The configuration's `site:` mapping: what the HTML site shows besides the pages.
///
/// ```yaml
/// site:
///   editURL: https://github.com/org/repo/blob/main/docs/
///   videoHosts: [www.youtube-nocookie.com, learn-video.azurefd.net]
/// ```
enum SiteSettings {
  /// The keys `site:` knows.
  static let keys = ["editURL", "videoHosts"]

  /// The `editURL` of `site:`, when it is an absolute `https` address with a host and no blanks; each problem
  /// is reported at its node.
  static func editURL(_ node: Node, problem: (String, Node?) -> Void) -> String? {
    guard let mapping = node.mapping else {
      problem(ConfigInvalid.siteNotAMapping, node)
      return nil
    }
    for key in mapping.keys where !keys.contains(key.string ?? "") {
      problem(ConfigInvalid.unknownKey(key.string ?? "", expected: keys), key)
    }
    guard let value = mapping["editURL"] else { return nil }
    guard let text = value.string, isHTTPS(text) else {
      problem(ConfigInvalid.editURLNotHTTPS(value.string ?? ""), value)
      return nil
    }
    return text.hasSuffix("/") ? text : text + "/"
  }

  /// The `videoHosts` of `site:` (a list of host names, in lower case), when it is given; a value that is no
  /// host name is reported at its node and left out.
  static func videoHosts(_ node: Node, problem: (String, Node?) -> Void) -> [String]? {
    guard let value = node.mapping?["videoHosts"] else { return nil }
    guard let items = value.sequence else {
      problem(ConfigInvalid.videoHostsNotAList, value)
      return nil
    }
    var hosts: [String] = []
    for item in items {
      guard let text = item.string, VideoHosts.isHostName(text) else {
        problem(ConfigInvalid.notAHostName(item.string ?? ""), item)
        continue
      }
      hosts.append(text.lowercased())
    }
    return hosts
  }

  /// Whether `text` is an `https://` address naming a host, printable ASCII without blanks, quotes or angle
  /// brackets, and with no query or fragment (the page's path is appended to it).
  static func isHTTPS(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count <= 2048,
      bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !"\"'<>\\`?#".utf8.contains($0) }),
      text.lowercased().hasPrefix("https://"),
      let url = URL(string: text), url.scheme?.lowercased() == "https", let host = url.host, !host.isEmpty
    else { return false }
    return true
  }
}
