extension StringProtocol {
  /// The text without the leading and trailing characters that `isTrimmed` accepts.
  public func trimming(_ isTrimmed: (Character) -> Bool) -> Substring {
    let characters = Substring(self)
    guard let first = characters.firstIndex(where: { !isTrimmed($0) }),
      let last = characters.lastIndex(where: { !isTrimmed($0) })
    else { return "" }
    return characters[first...last]
  }

  /// The text without leading and trailing white space (Unicode white space, including no-break space).
  public func trimmingWhitespace() -> Substring {
    trimming(\.isWhitespace)
  }
}
