import DocBuild
import DocConsole
import Foundation

// What the build-tool plugin runs: `doccatalog build` for the Swift source alone (see PluginToolOptions).
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--help") || arguments.contains("-h") {
  print(PluginToolOptions.usage)
  exit(0)
}
let options: PluginToolOptions
do throws(PluginToolOptions.UsageError) {
  options = try PluginToolOptions(arguments: arguments)
} catch {
  Console.error(error.description)
  Console.info(PluginToolOptions.usage)
  exit(2)
}
do throws(BuildFailure) {
  let catalog = try BuildPipeline(options.request).run(observer: ConsoleObserver(quiet: options.quiet))
  ProcessLifetime.keep(catalog)
} catch {
  exit(error.printedExitStatus())
}
