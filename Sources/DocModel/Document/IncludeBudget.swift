/// How far one page's `[!INCLUDE]`s may expand when it is rendered: includes naming several others each
/// grow exponentially with their depth, so a few kilobytes of docs could make gigabytes of HTML.
///
/// The budget is spent by each include expanded: ``costPerInclude`` as it starts (so that includes that add
/// nothing still count) and then the bytes it adds itself. An include deeper than ``maxDepth``, or met once
/// the page has spent ``maxExpandedBytes``, is left out and reported.
public enum IncludeBudget {
  /// Includes nested deeper than this (a page's own include being the first level) are left out.
  public static let maxDepth = 10
  /// The HTML a page's includes may add in all, in bytes.
  public static let maxExpandedBytes = 8 << 20
  /// What each include expanded costs besides the bytes it adds.
  public static let costPerInclude = 256

}
