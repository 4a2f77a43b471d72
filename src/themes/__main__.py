"""``python -m themes …``: the same as the ``themes`` command."""

from themes.cli import main

if __name__ == "__main__":
    main()
