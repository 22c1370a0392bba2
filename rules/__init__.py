"""Built-in rule packs (YAML), installed as the package ``healthlint.rules``."""
