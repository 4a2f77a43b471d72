"""themes: Dutch meeting minutes, panel reports and survey answers into tracked themes (rode draden)."""

__version__ = "0.1.0"
