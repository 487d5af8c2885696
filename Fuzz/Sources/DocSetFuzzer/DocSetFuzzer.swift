import Foundation
import LibFuzzerDriver

/// Where each input's doc set is written, one folder per input under this process's own.
nonisolated(unsafe) private var inputCount = 0
private let workFolder = FileManager.default.temporaryDirectory.path + "/doccatalog-fuzz-\(getpid())"

/// libFuzzer's entry point: builds the bytes as a small doc set (``FuzzDocSet``: pages, includes and a
/// configuration) with the catalog and the site as outputs. A crash, a hang, memory past libFuzzer's limit
/// or a file written outside the docs' project is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  inputCount += 1
  let escaped = FuzzDocSet.build(Array(UnsafeBufferPointer(start: data, count: size)), in: "\(workFolder)/\(inputCount)")
  if !escaped.isEmpty { fatalError("the build wrote outside the docs' project: \(escaped)") }
  return 0
}

/// The executable's entry point, as SwiftPM names it: hands over to libFuzzer.
@_cdecl("DocSetFuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runLibFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
