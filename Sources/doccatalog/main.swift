import DocCLI

DocCatalogCommand.runAsMain()
