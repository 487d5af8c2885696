// `SmokeErrors` is generated from Documentation/ by the DocCatalog build-tool plugin.
print("\(SmokeErrors.entries.count) entries")
