"""Suite-local pytest settings for this repository (the plugin registers itself
through its ``pytest11`` entry point once the package is installed)."""

# benchmarks and generated artifacts are never collected as tests
collect_ignore = ["bench", "artifacts", "build"]
