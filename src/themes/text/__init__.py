"""The Dutch text layer every stage uses: sentences, words, lemmas, stop words, dates and formatting.

Nothing above this layer splits sentences, tokenises, lemmatises or reads stop words on its own.
"""

from themes.text.lemmas import lemma
from themes.text.sentences import split_sentences
from themes.text.stopwords import spacy_stopwords, stopwords

__all__ = ["lemma", "spacy_stopwords", "split_sentences", "stopwords"]
