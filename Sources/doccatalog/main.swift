import DocCLI

DocCatalogCommand.main()
