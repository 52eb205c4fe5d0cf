"""Word segmentation for govie's spaCy pipeline: jieba (default), pkuseg, or characters.

Segmentation is a view: entities are found on characters, and the pipeline
splits tokens at entity boundaries, so the segmenter never moves a span.
"""

from __future__ import annotations

from govie.text import recached as re
import threading
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc
from spacy.util import get_words_and_spaces, registry
from spacy.vocab import Vocab

from govie.text.segment import private_jieba

__all__ = ["GovieTokenizer", "SEGMENTERS"]

SEGMENTERS = ("jieba", "pkuseg", "char")
_SURROGATE = re.compile("[\ud800-\udfff]")


class GovieTokenizer:
    """Segment with a private jieba dictionary that knows every registered agency name."""

    def __init__(
        self,
        vocab: Vocab,
        segmenter: str = "jieba",
        *,
        user_words: Iterable[str] = (),
        pkuseg_model: str | None = None,
    ) -> None:
        if segmenter not in SEGMENTERS:
            raise ValueError(f"[E301] unknown segmenter {segmenter!r}; choose one of {', '.join(SEGMENTERS)}")
        self.vocab = vocab
        self.segmenter = segmenter
        self._lock = threading.Lock()
        self._impl: Any = None
        if segmenter == "jieba":
            tok = private_jieba()
            for word in user_words:
                if word and not any(c.isspace() for c in word):
                    tok.add_word(word, freq=100000)
            self._impl = tok
        elif segmenter == "pkuseg":
            self._impl = _load_pkuseg(pkuseg_model, list(user_words))

    def _words(self, text: str) -> list[str]:
        if self.segmenter == "char":
            return list(text)
        if self.segmenter == "jieba":
            with self._lock:  # jieba's lazy state is not thread-safe
                return [w for w in self._impl.cut(text, HMM=False) if w]
        return [w for w in self._impl.cut(text) if w]

    def __call__(self, text: str) -> Doc:
        words = self._words(text)
        if "".join(words) != text:
            # Never lose a character: fall back to characters where a segmenter normalized.
            words = list(text)
        words, spaces = get_words_and_spaces(words, text)
        if _SURROGATE.search(text):
            # spaCy stores strings as UTF-8, which has no lone surrogates: U+FFFD
            # takes their place (offsets unchanged; the normalizer drops both).
            words = [_SURROGATE.sub("\ufffd", w) for w in words]
        return Doc(self.vocab, words=words, spaces=spaces)

    # spaCy serializes tokenizers; the dictionary is rebuilt from the registry.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> "GovieTokenizer":
        return self

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        return None

    def from_disk(self, path: Any, **kwargs: Any) -> "GovieTokenizer":
        return self


def _load_pkuseg(model: str | None, user_words: list[str]) -> Any:
    try:
        import spacy_pkuseg
    except ImportError as err:  # pragma: no cover - spacy-pkuseg is a dependency
        raise ImportError("[E302] segmenter 'pkuseg' needs spacy-pkuseg: pip install spacy-pkuseg") from err
    if model is None:
        model = _pkuseg_default_model()
    else:
        model = _check_pkuseg_dir(model)
    return spacy_pkuseg.pkuseg(model, user_dict=user_words)


def _check_pkuseg_dir(model: str) -> str:
    """A pkuseg model must be a directory on disk that loads without pickle.

    spacy-pkuseg takes a name such as 'mixed' as an order to download it; govie needs no
    network, so names are refused. A directory without ``features.msgpack`` would make
    spacy-pkuseg fall back to unpickling ``features.pkl``, which can run code.
    """
    from pathlib import Path

    path = Path(str(model))
    if not path.is_dir():
        raise ValueError(
            f"[E304] pkuseg_model={model!r} is not a directory; govie downloads nothing, so a pkuseg model "
            "name ('mixed', 'news', 'web', ...) must be fetched by hand and given as a path"
        )
    if not (path / "features.msgpack").is_file():
        raise ValueError(
            f"[E305] pkuseg model {path} has no features.msgpack; govie does not load its pickled "
            "features.pkl (a pickle can run code)"
        )
    return str(path)


def _pkuseg_default_model() -> str:
    """The 'default' model that the PyPI package pkuseg ships (see README: optional install)."""
    try:
        import importlib.util
        from pathlib import Path

        spec = importlib.util.find_spec("pkuseg")
        if spec and spec.origin:
            path = Path(spec.origin).parent / "models" / "default"
            if path.exists():
                return str(path)
    except Exception:  # noqa: BLE001 - any failure means: not installed
        pass
    raise ImportError(
        "[E303] segmenter 'pkuseg' needs a model: install the pkuseg package "
        "(pip install numpy cython && pip install --no-build-isolation pkuseg) "
        "or pass pkuseg_model=PATH"
    )


@registry.tokenizers("govie.Tokenizer.v1")
def create_tokenizer(segmenter: str = "jieba", pkuseg_model: str | None = None,
                     registry: list[str] | None = None) -> Any:
    def make(nlp: Any) -> GovieTokenizer:
        from govie.kb.registry import default_registry, load_registry

        reg = load_registry(tuple(registry)) if registry else default_registry()
        return GovieTokenizer(nlp.vocab, segmenter, user_words=reg.surface_forms(), pkuseg_model=pkuseg_model)

    return make
