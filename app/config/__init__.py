"""Settings: declared once, loaded from files and the environment, validated."""
