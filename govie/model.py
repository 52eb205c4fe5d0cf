"""The model-based tagger: a spaCy NER pipeline over characters.

The bundled model (``govie/models/default``, rebuilt by
``scripts/build_model.py`` from ``govie/configs/ner.cfg``) is a spaCy
pipeline ``tok2vec`` (CNN) + ``ner`` on spaCy's Chinese tokenizer in
character mode, so every span boundary is a token boundary. govie loads a model
directory only after ``check_model_dir`` has found nothing in it that could run
code (no pkuseg files, no ``source``, no callbacks, only spaCy's tok2vec/NER
functions), and never reads its tokenizer from disk. It predicts DEPT, ORG, PERSON and LOC; its
training data and their mapping onto govie's labels (CLUENER2020 government →
DEPT, organization/company → ORG, name → PERSON, address → LOC; People's
Daily and MSRA PER → PERSON, LOC → LOC, ORG → DEPT or ORG) are documented in
``govie.training`` and recorded in the model's ``meta.json`` (``sources``).

Combination policy: rules own DATE, TITLE, DOCNO and METRIC and every
registry hit; model spans get the lowest priority, so they only fill places
no rule claimed (see ``spans.resolve_overlaps``): a rule span always wins an
overlap with a model span, whatever their lengths. Model DEPT spans are linked
by the registry like rule spans, and stay only where the knowledge base backs them
(``link.drop_unplaced``): the linker links them, or ``Linker.places`` finds a known
kind of body after a level, a division or a foreign state (美国军队, 深化府院 are dropped).

Before that, a model span must pass a plausibility gate (``plausible``): no
line break inside, at least two characters, no generic opening word (各, 有关,
省直, 全岛 …), and a head the label allows — DEPT ends with a body word
(局, 厅, 委员会, 政府, 中心 … and every department type of
``data/dept_types.tsv``), ORG with an organization ending
(``lexicons/org_suffixes.txt`` and a few more), PERSON is 2–4 Han characters
opening with a surname (``lexicons/surnames.txt``), LOC is a known division
or region or ends with a place word (市, 县, 港, 岛, 新区 …); slogans that look
like bodies or places (法治政府, 美丽乡村, 平安中国) and ways of serving
(网上办、掌上办) are out, and so are words jieba's dictionary knows as something
else (黄金 is no PERSON, 金山银山 no LOC) or as a common word for a kind of
body that is neither a body type nor a registry name (矿务局, 派出所: a class
alone, a fragment after a name). The span must also begin and end on word boundaries of its sentence
(``on_word_boundaries``: 农业社|会化 is a fragment), and 中国 before 特色/式
is an adjective, not a LOC. The gate trades recall for precision: a model
span that reads like something else is left out rather than added as a wrong
entity.

Speed and memory: texts go in 1000-character pieces, two at a time, and the gate's
dictionary is the shared jieba segmenter's plus a table of proper-noun parts of speech.
A model of the bundled architecture (MultiHashEmbed, a window-1 maxout encoder, greedy NER
with an upper layer) runs without spaCy or thinc: ``NerModel.load`` reads the arrays of
``tok2vec/model`` and ``ner/model`` (msgpack: data only) and the moves, ``_NumpyLayers``
computes spaCy's token ids (``_string_id``: MurmurHash64A of the text, its shape …, spaCy's
reserved symbols) and thinc's embedding keys (``_hash128``) itself and runs the layers with
thinc's numpy operations in thinc's order (the same numbers to the bit), and ``_Decoder``
decodes the NER moves: spaCy's character tokens, the moves with no entity open scored for all
tokens in one product (spaCy's parser makes one tiny product per character), the same
entities as ``nlp.pipe``. spaCy loads the pipeline only when ``nlp`` is asked for (training,
the spaCy adapter) or for a directory of another kind, which then runs through thinc (numpy's
BLAS, one thread) or, if the decoder does not reproduce it (beam search, unseen classes,
another state), through ``nlp.pipe``.
"""

from __future__ import annotations

import json
from govie.text import recached as re
import shutil
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from govie.errors import ModelError
from govie.kb.divisions import level_chars, levels_without
from govie.taggers import PRIORITY
from govie.text.segment import dictionary_tags, shared_jieba, shared_word_ends
from govie.types import Mention

__all__ = ["NerModel", "check_model_dir", "copy_model_dir", "resolve_model", "default_model_path", "plausible", "on_word_boundaries", "functional_name", "people_org_names", "MODEL_LABELS"]

# Labels the model may add; the others are left to the rules.
MODEL_LABELS = ("DEPT", "ORG", "PERSON", "LOC")
# Longest text given to the model at once; longer texts are cut at line ends. spaCy keeps
# every layer's activations of a call until it returns (about 14 kB a character), so a
# 5000-character call peaked 70 MB above the model; 1000 costs no speed.
_CHUNK = 1000
# Chunks the model reads together: the NER steps through several sequences at once (less
# CPU than one by one, same entities); each more chunk held costs peak memory (four: +50 MB
# on a 58,000-character report, over the 300 MB target; two: +18 MB).
_BATCH = 2


def default_model_path() -> Path | None:
    path = Path(str(resources.files("govie") / "models" / "default"))
    return path if (path / "meta.json").is_file() else None


class NerModel:
    """A trained spaCy pipeline, used for the labels in ``MODEL_LABELS``."""

    def __init__(self, nlp: Any, path: Path, decoder: "_Decoder | None" = None) -> None:
        self._nlp = nlp
        self.path = path
        self._lock = threading.Lock()
        self._nlp_lock = threading.Lock()
        if decoder is None and nlp is not None:
            decoder = _Decoder.of_spacy(nlp)
        self._decoder = decoder

    @classmethod
    def load(cls, path: str | Path) -> "NerModel":
        """Load a model directory after :func:`check_model_dir`: nothing in it runs code.

        A model of the bundled architecture is read without spaCy (``_read_numpy_layers``); any
        other (or one that cannot be read so) is loaded by spaCy.
        """
        path = Path(path)
        decoder = _Decoder.of_directory(path)
        if decoder is not None:
            return cls(None, path, decoder)
        return cls(_load_nlp(path), path)

    @property
    def nlp(self) -> Any:
        """The spaCy pipeline of the directory (loaded on first use: prediction does not need it)."""
        with self._nlp_lock:
            if self._nlp is None:
                self._nlp = _load_nlp(self.path)
            return self._nlp

    @property
    def meta(self) -> dict[str, Any]:
        return json.loads((self.path / "meta.json").read_text(encoding="utf-8"))

    def predict(self, text: str, taken: bytes | bytearray | None = None) -> list[Mention]:
        """Model spans that pass the gate; ``taken`` flags characters rules already own,
        where a model span would lose anyway, so it is dropped before the gate runs."""
        out: list[Mention] = []
        chunks = _chunks(text, _CHUNK)
        with self._lock, _one_blas_thread():
            if self._decoder is not None:
                for k in range(0, len(chunks), _BATCH):
                    batch = chunks[k : k + _BATCH]
                    for (offset, chunk), ents in zip(batch, self._decoder.ents([c for _, c in batch])):
                        out.extend(self._gated(ents, chunk, offset, taken))
                return out
            # Each Doc is read as it comes and let go (it holds its token vectors).
            docs = self.nlp.pipe((chunk for _, chunk in chunks), batch_size=_BATCH)
            for (offset, chunk), doc in zip(chunks, docs):
                ents = [(ent.label_, ent.start_char, ent.end_char) for ent in doc.ents]
                out.extend(self._gated(ents, chunk, offset, taken))
        return out

    def _gated(self, ents: list[tuple[str, int, int]], chunk: str, offset: int,
               taken: bytes | bytearray | None) -> list[Mention]:
        """The entities (label, start, end) of one chunk that pass the gate, at text offsets."""
        out: list[Mention] = []
        for label, start, end in ents:
            if label not in MODEL_LABELS:
                continue
            # A character token may be a line break: spans never start or end with space.
            while start < end and chunk[start].isspace():
                start += 1
            while end > start and chunk[end - 1].isspace():
                end -= 1
            if taken is not None and any(taken[offset + start : offset + end]):
                continue
            if end <= start or not plausible(label, chunk[start:end]):
                continue
            if not on_word_boundaries(chunk, start, end):
                continue
            if label == "LOC" and chunk.startswith(_ADJECTIVAL, end):
                continue
            out.append(Mention(label, offset + start, offset + end, "model", {}, PRIORITY["model"]))
        return out


def _load_nlp(path: Path) -> Any:
    """The spaCy pipeline of a model directory, after :func:`check_model_dir`."""
    import spacy
    from spacy.util import load_model_from_config

    config = check_model_dir(path)
    try:
        config = config.interpolate()
        # govie's own tokenizer settings, whatever the directory says: characters, no pkuseg.
        config["nlp"]["tokenizer"] = dict(_CHAR_TOKENIZER)
        nlp = load_model_from_config(config, auto_fill=True)
        # The tokenizer is never read from disk: spaCy's Chinese tokenizer would load
        # tokenizer/pkuseg_model (a pickle) from it even in character mode.
        nlp.from_disk(path, exclude=["tokenizer"])
    except Exception as err:  # noqa: BLE001 - any load failure names the directory
        raise ModelError(f"[E402] cannot load model from {path}: {err}") from err
    assert isinstance(nlp, spacy.language.Language)
    _use_numpy_gemm(nlp)
    return nlp


# spaCy's character tokens (ChineseTokenizer, segmenter "char", util.get_words_and_spaces):
# every other character is a token, one space right after it is its trailing whitespace, and
# any other run of whitespace is one token. ``\s`` is str.isspace, as in spaCy.
_CHAR_TOKEN = re.compile(r"\S ?|\s+")
_LEX_ATTRS = {"ORTH": "orth", "SHAPE": "shape", "PREFIX": "prefix", "SUFFIX": "suffix", "LOWER": "lower"}


class _Ids:
    """What spaCy's feature extractor reads of a Doc: ``to_array(columns)``."""

    def __init__(self, array: Any) -> None:
        self.array = array

    def __len__(self) -> int:
        return len(self.array)

    def to_array(self, columns: Any) -> Any:
        return self.array


class _SpacyLayers:
    """The tok2vec and the NER's lower layer of a pipeline spaCy loaded, run by thinc."""

    def __init__(self, nlp: Any) -> None:
        model = nlp.get_pipe("ner").model
        self.vocab = nlp.vocab
        self.tok2vec = nlp.get_pipe("tok2vec").model
        self.encoder = _Encoder.of(self.tok2vec)
        self.columns = [_LEX_ATTRS[str(c).upper()] for c in _feature_columns(self.tok2vec)]
        self.project = model.layers[0].layers[1:]  # after the listener: list2array >> linear
        self.lower = model.get_ref("lower")

    def rows(self, words: list[str]) -> Any:
        """The lexeme ids (the feature columns) of each word."""
        import numpy

        ids = [[getattr(self.vocab[w], c) for c in self.columns] for w in words]
        return numpy.array(ids, dtype="uint64").reshape(len(words), len(self.columns))

    def hidden(self, rows: list[Any]) -> Any:
        ids = [_Ids(r) for r in rows]
        X = self.tok2vec.predict(ids) if self.encoder is None else self.encoder(self.tok2vec.layers[0].predict(ids))
        for layer in self.project:
            X = layer.predict(X)
        return self.lower.predict(X)


class _NumpyLayers:
    """The same layers in numpy, from the arrays of the model directory: no spaCy, no thinc.

    A token's features are spaCy's lexeme ids (``_string_id`` of the text, of its shape …), each
    hashed into its embedding table as thinc's HashEmbed does (``_hash128``), the four rows
    summed in thinc's order; then thinc's products and sums in thinc's order (see ``_Encoder``),
    so the same vectors to the bit.
    """

    def __init__(self, columns: list[str], embeds: list[tuple[int, int, Any]], mix: tuple[Any, ...],
                 encoder: "_Encoder", project: tuple[Any, Any], lower: tuple[Any, Any]) -> None:
        import numpy

        self._np = numpy
        self.getters = [_LEX_GETTERS[c] for c in columns]
        self.embeds, self.mix, self.encoder = embeds, mix, encoder
        self.project, self.lower = project, lower

    def rows(self, words: list[str]) -> Any:
        """Each word's embedding rows, concatenated (what HashEmbed gives, per distinct word)."""
        np = self._np
        ids = np.array([[_string_id(get(w)) for get in self.getters] for w in words], dtype="uint64")
        ids = ids.reshape(len(words), len(self.getters))
        parts = []
        for column, seed, table in self.embeds:
            keys = _hash128(np.ascontiguousarray(ids[:, column]), seed) % np.uint32(len(table))
            vec = table[keys[:, 0]] + table[keys[:, 1]]
            for k in range(2, keys.shape[1]):
                vec += table[keys[:, k]]
            parts.append(vec)
        return np.concatenate(parts, axis=1)

    def hidden(self, rows: list[Any]) -> Any:
        np = self._np
        X = _maxout_norm(np.concatenate(rows), *self.mix)
        Xs, k = [], 0
        for r in rows:
            Xs.append(X[k : k + len(r)])
            k += len(r)
        X = np.concatenate([x for x in self.encoder(Xs) if len(x)])
        W, b = self.project
        X = np.dot(X, W.T)
        X += b
        # spaCy's PrecomputableAffine: row 0 is the padding.
        W, pad = self.lower
        nF, nO, nP, nI = W.shape
        Yf = np.empty((X.shape[0] + 1, nF * nO * nP), dtype="float32")
        np.dot(X, W.reshape((nF * nO * nP, nI)).T, out=Yf[1:])
        Yf = Yf.reshape((Yf.shape[0], nF, nO, nP))
        Yf[0] = np.squeeze(pad, 0)
        return Yf


class _Decoder:
    """spaCy's greedy NER (BILUO moves, three state tokens) on the model's own layers, without
    Docs: the same tokens, the same tok2vec and projection products, the same entities.

    With no entity open, a state's features are its next token and two paddings, so the move
    there depends on that token alone: those moves are scored for all tokens at once (one
    matrix product, where spaCy makes one tiny product per token); only the tokens after an
    entity's first one are stepped through.
    """

    def __init__(self, layers: Any, names: list[str], fbias: Any, W: Any, b: Any, gemm: Any) -> None:
        import numpy

        self._np, self._gemm = numpy, gemm
        self.layers = layers
        self.fbias, self.W, self.b = fbias, numpy.ascontiguousarray(W, dtype="f"), b
        acts = [n.split("-", 1)[0] for n in names]
        labels = [n.split("-", 1)[1] if "-" in n else "" for n in names]
        self.labels = labels
        self.begin = numpy.array([a == "B" and bool(x) for a, x in zip(acts, labels)])
        self.unit = numpy.array([a == "U" and bool(x) for a, x in zip(acts, labels)])
        self.out = numpy.array([a == "O" for a in acts])
        self.inside = {x: i for i, (a, x) in enumerate(zip(acts, labels)) if a == "I" and x}
        self.last = {x: i for i, (a, x) in enumerate(zip(acts, labels)) if a == "L" and x}
        self._reset_pieces()

    @classmethod
    def of_directory(cls, path: Path) -> "_Decoder | None":
        """The decoder of a model directory read without spaCy, None if it is not of that kind."""
        try:
            read = _read_numpy_layers(path)
        except Exception:  # noqa: BLE001 - anything unexpected: spaCy loads the directory
            return None
        if read is None:
            return None
        layers, names, fbias, W, b = read
        np = layers._np
        return cls(layers, names, fbias, W, b, lambda A, B: np.dot(A, B.T))

    @classmethod
    def of_spacy(cls, nlp: Any) -> "_Decoder | None":
        """The decoder of a pipeline spaCy loaded, None if it is not the kind this decoder reproduces."""
        if not cls.supports(nlp):
            return None
        from blis.py import gemm

        ner = nlp.get_pipe("ner")
        lower, upper = ner.model.get_ref("lower"), ner.model.get_ref("upper")
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        # Scores through blis, as spaCy's parser computes them.
        return cls(_SpacyLayers(nlp), names, lower.get_param("b"), upper.get_param("W"), upper.get_param("b"),
                   lambda A, B: gemm(A, B, trans2=True, beta=0.0))

    @staticmethod
    def supports(nlp: Any) -> bool:
        """Whether the pipeline is the kind this decoder reproduces (else spaCy runs it)."""
        try:
            ner = nlp.get_pipe("ner")
            model = ner.model
            names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
            return bool(
                nlp.pipe_names == ["tok2vec", "ner"]
                and type(ner.moves).__name__ == "BiluoPushDown"
                and ner.cfg.get("beam_width", 1) == 1
                and model.attrs.get("has_upper")
                and not model.attrs.get("unseen_classes")
                and model.get_ref("lower").get_dim("nF") == 3
                and [layer.name for layer in model.layers[0].layers] == ["tok2vec-listener", "list2array", "linear"]
                and all(n == "O" or (n[:2] in ("B-", "I-", "L-", "U-")) for n in names)
                and all(str(c).upper() in _LEX_ATTRS for c in _feature_columns(nlp.get_pipe("tok2vec").model))
            )
        except Exception:  # noqa: BLE001 - anything unexpected: spaCy runs the model
            return False

    def _reset_pieces(self) -> None:
        # Each distinct piece of text (a character, with its trailing space or not, or a
        # whitespace run): its feature row, its length, its word's length, whether a space.
        np = self._np
        self._piece: dict[str, int] = {}
        self._rows: Any = None
        self._plen = np.zeros(0, dtype="int64")
        self._wlen = np.zeros(0, dtype="int64")
        self._space = np.zeros(0, dtype=bool)

    def _add_pieces(self, pieces: list[str]) -> None:
        np = self._np
        new = [p for p in dict.fromkeys(pieces) if p not in self._piece]
        words = [p if p[0].isspace() else p[0] for p in new]
        for p in new:
            self._piece[p] = len(self._piece)
        rows = self.layers.rows(words)
        self._rows = rows if self._rows is None else np.concatenate([self._rows, rows])
        self._plen = np.concatenate([self._plen, np.array([len(p) for p in new], dtype="int64")])
        self._wlen = np.concatenate([self._wlen, np.array([len(w) for w in words], dtype="int64")])
        self._space = np.concatenate([self._space, np.array([w.isspace() for w in words], dtype=bool)])

    def _features(self, text: str) -> tuple[Any, Any, Any]:
        """Token starts, token ends and the piece index of each token of ``text``."""
        np = self._np
        pieces = _CHAR_TOKEN.findall(text)
        index = self._piece
        try:
            k = np.fromiter((index[p] for p in pieces), dtype="int64", count=len(pieces))
        except KeyError:
            self._add_pieces(pieces)
            index = self._piece
            k = np.fromiter((index[p] for p in pieces), dtype="int64", count=len(pieces))
        plen = self._plen[k]
        starts = np.cumsum(plen) - plen
        return starts, starts + self._wlen[k], k

    def ents(self, texts: list[str]) -> list[list[tuple[str, int, int]]]:
        """(label, start, end) character spans of each text, as spaCy's ``doc.ents``."""
        np = self._np
        if len(self._piece) > 100_000:  # whitespace runs are open-ended; never within a batch
            self._reset_pieces()
        feats = [self._features(t) for t in texts]
        if not any(len(f[2]) for f in feats):
            return [[] for _ in texts]
        Yf = self.layers.hidden([self._rows[f[2]] for f in feats])  # (tokens + 1, 3, width, pieces); row 0 pads
        # Every token's move with no entity open: features (token, padding, padding).
        unmaxed = Yf[1:, 0] + Yf[0, 1]
        unmaxed += Yf[0, 2]
        unmaxed += self.fbias
        scores = self._gemm(self._maxout(unmaxed), self.W)
        scores += self.b
        out, offset = [], 0
        for starts, ends, k in feats:
            n = len(k)
            space = self._space[k]
            valid = np.empty((n, len(self.labels)), dtype=bool)
            valid[:] = self.out
            valid |= self.unit & ~space[:, None]
            valid |= self.begin & ~space[:, None]
            valid[n - 1] &= ~self.begin  # no B on the last token
            moves = np.where(valid, scores[offset : offset + n], -np.inf).argmax(axis=1)
            ents: list[tuple[str, int, int]] = []
            i = 0
            for p in np.flatnonzero(~self.out[moves]).tolist():
                if p < i:
                    continue
                label = self.labels[moves[p]]
                end = p + 1 if self.unit[moves[p]] else self._close(Yf, offset, p, n, label)
                ents.append((label, int(starts[p]), int(ends[end - 1])))
                i = end
            out.append(ents)
            offset += n
        return out

    def _maxout(self, unmaxed: Any) -> Any:
        """The largest piece of each hidden unit (``max(axis=2)`` is ten times slower on so short an axis)."""
        best = unmaxed[:, :, 0].copy()
        for p in range(1, unmaxed.shape[2]):
            self._np.maximum(best, unmaxed[:, :, p], out=best)
        return best

    def _close(self, Yf: Any, offset: int, first: int, n: int, label: str) -> int:
        """End token (exclusive) of the entity opened at ``first``: step I until L wins."""
        np = self._np
        inside, last = self.inside[label], self.last[label]
        start_feat = Yf[offset + first + 1, 1]
        j0 = first + 1
        while True:
            j1 = min(n, j0 + 16)
            rows = np.arange(offset + j0, offset + j1)
            # State features: next token, the entity's first token, the token before the next.
            unmaxed = Yf[rows + 1, 0] + start_feat
            unmaxed += Yf[rows, 2]
            unmaxed += self.fbias
            scores = self._gemm(self._maxout(unmaxed), self.W)
            scores += self.b
            for k, j in enumerate(range(j0, j1)):
                # The first best valid move; I is valid before the last token only.
                s_in, s_last = scores[k, inside], scores[k, last]
                if j < n - 1 and (s_in >= s_last if inside < last else s_in > s_last):
                    continue
                return j + 1
            j0 = j1


class _Encoder:
    """spaCy's MaxoutWindowEncoder (window 1) as thinc runs it, without thinc's per-layer
    bookkeeping: the same numpy products and sums in the same order, so the same vectors;
    the pieces' maximum without their argmax (only training needs it)."""

    def __init__(self, pad: int, blocks: list[tuple[Any, Any, Any, Any, int, int]]) -> None:
        import numpy

        self._np = numpy
        self.pad = pad
        self.blocks = blocks

    @classmethod
    def of(cls, tok2vec: Any) -> "_Encoder | None":
        """The encoder of ``tok2vec`` if it is that architecture, else None (thinc runs it)."""
        try:
            encode = tok2vec.layers[1]
            chained = encode.layers[0]
            block_name = "residual(expand_window>>maxout>>layernorm>>dropout)"
            if not encode.name.startswith("with_array(") or any(b.name != block_name for b in chained.layers):
                return None
            blocks = []
            for block in chained.layers:
                window, rest = block.layers[0].layers
                (maxout, norm), _ = rest.layers[0].layers, rest.layers[1]
                if window.attrs.get("window_size") != 1 or maxout.name != "maxout" or norm.name != "layernorm":
                    return None
                n_o, n_p, n_i = maxout.get_dim("nO"), maxout.get_dim("nP"), maxout.get_dim("nI")
                blocks.append((maxout.get_param("W").reshape((n_o * n_p, n_i)), maxout.get_param("b").reshape(n_o * n_p),
                               norm.get_param("G"), norm.get_param("b"), n_o, n_p))
            return cls(int(encode.attrs["pad"]), blocks)
        except Exception:  # noqa: BLE001 - another architecture: thinc runs it
            return None

    def __call__(self, Xs: list[Any]) -> list[Any]:
        np = self._np
        pad = self.pad
        # thinc's with_array on a list: the sequences in one array, ``pad`` zero rows around each.
        zeros = np.zeros((pad, Xs[0].shape[1]), dtype=Xs[0].dtype)
        parts = []
        for x in Xs:
            if len(x):
                parts += [zeros, x]
        X = np.concatenate(parts + [zeros])
        for block in self.blocks:
            # expand_window: each row with the rows before and after it (zeros past the ends).
            width = X.shape[1]
            cols = np.zeros((len(X), 3 * width), dtype=X.dtype)
            cols[1:, :width] = X[:-1]
            cols[:, width : 2 * width] = X
            cols[:-1, 2 * width :] = X[1:]
            X = X + _maxout_norm(cols, *block)
        result, k = [], 0
        for x in Xs:
            if len(x):
                k += pad
            result.append(X[k : k + len(x)])
            k += len(x)
        return result


def _maxout_norm(X: Any, W: Any, b: Any, G: Any, beta: Any, n_o: int, n_p: int) -> Any:
    """thinc's Maxout (``W`` as (n_o * n_p, n_i)) then LayerNorm, in thinc's operations and order."""
    import numpy as np

    Y = np.dot(X, W.T)
    Y += b
    Z = Y.reshape((len(Y), n_o, n_p))
    best = Z[:, :, 0].copy()
    for p in range(1, n_p):
        np.maximum(best, Z[:, :, p], out=best)
    mu = best.mean(axis=1, keepdims=True)
    var = best.var(axis=1, keepdims=True) + 1e-08
    Xhat = (best - mu) * var ** (-1.0 / 2.0)
    out = Xhat * G
    out += beta
    return out


# spaCy's lexeme attributes of a token text (spacy.lang.lex_attrs, which Chinese keeps).
def _word_shape(text: str) -> str:
    if len(text) >= 100:
        return "LONG"
    shape, last, seq = [], "", 0
    for char in text:
        if char.isalpha():
            shape_char = "X" if char.isupper() else "x"
        elif char.isdigit():
            shape_char = "d"
        else:
            shape_char = char
        if shape_char == last:
            seq += 1
        else:
            seq, last = 0, shape_char
        if seq < 4:
            shape.append(shape_char)
    return "".join(shape)


_LEX_GETTERS = {
    "ORTH": lambda s: s, "SHAPE": _word_shape, "PREFIX": lambda s: s[0], "SUFFIX": lambda s: s[-3:],
    "LOWER": lambda s: s.lower(),
}
# spaCy's reserved symbols among the strings a character token or its attributes can be (one
# character, whitespace, "LONG"): their id is the symbol's, not the hash (spacy.symbols.IDS).
_SYMBOL_IDS = {"": 0, "X": 101, "_": 456}
_M64 = 0xFFFFFFFFFFFFFFFF


def _string_id(text: str) -> int:
    """spaCy's id of a string: ``hash_string`` (MurmurHash64A of the UTF-8 bytes, seed 1)."""
    if text in _SYMBOL_IDS:
        return _SYMBOL_IDS[text]
    data = text.encode("utf-8")
    m, r = 0xC6A4A7935BD1E995, 47
    h = (1 ^ (len(data) * m)) & _M64
    end = len(data) - len(data) % 8
    for i in range(0, end, 8):
        k = (int.from_bytes(data[i : i + 8], "little") * m) & _M64
        k = ((k ^ (k >> r)) * m) & _M64
        h = ((h ^ k) * m) & _M64
    if end < len(data):
        h = ((h ^ int.from_bytes(data[end:], "little")) * m) & _M64
    h = ((h ^ (h >> r)) * m) & _M64
    return h ^ (h >> r)


def _hash128(ids: Any, seed: int) -> Any:
    """thinc's ``ops.hash``: MurmurHash3 (x86_128 as thinc specialises it) of each uint64 id, as four uint32."""
    import numpy as np

    u = np.uint64

    def fmix(h: Any) -> Any:
        h ^= h >> u(33)
        h *= u(0xFF51AFD7ED558CCD)
        h ^= h >> u(33)
        h *= u(0xC4CEB9FE1A85EC53)
        h ^= h >> u(33)
        return h

    h1 = ids.astype("uint64") * u(0x87C37B91114253D5)
    h1 = (h1 << u(31)) | (h1 >> u(33))
    h1 *= u(0x4CF5AD432745937F)
    h1 ^= u(seed)
    h1 ^= u(8)
    h2 = np.full_like(h1, (seed ^ 8) & _M64)
    h1 += h2
    h2 += h1
    h1, h2 = fmix(h1), fmix(h2)
    h1 += h2
    h2 += h1
    low = u(0xFFFFFFFF)
    return np.stack([h1 & low, h1 >> u(32), h2 & low, h2 >> u(32)], axis=1).astype("uint32")


def _plain_config(path: Path) -> dict[str, Any]:
    """``config.cfg`` as nested dicts without thinc: sections split at dots, values read as
    JSON where they are JSON (thinc's reading, not interpolated)."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None, allow_no_value=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    out: dict[str, Any] = {}
    for section in parser.sections():
        node = out
        for part in section.split("."):
            node = node.setdefault(part, {})
        for key, value in parser.items(section):
            try:
                node[key] = json.loads(value) if value is not None else None
            except ValueError:
                node[key] = value
    return out


def _msgpack_model(path: Path) -> list[tuple[str, dict[str, Any], dict[str, Any], dict[str, Any]]]:
    """A thinc model file (msgpack): each node's (name, dims, attrs, params as numpy arrays), in
    thinc's walk order. msgpack reads data only; nothing in the file can run code."""
    import msgpack
    import numpy

    msg = msgpack.unpackb(path.read_bytes(), raw=False, strict_map_key=False)
    out = []
    for node, attrs, params in zip(msg["nodes"], msg["attrs"], msg["params"], strict=True):
        arrays = {}
        for name, a in (params or {}).items():
            arr = numpy.frombuffer(a[b"data"], dtype=numpy.dtype(a[b"type"])).reshape(a[b"shape"])
            arrays[name] = arr
        out.append((node["name"], node.get("dims") or {},
                    {k: msgpack.unpackb(v, raw=False) for k, v in (attrs or {}).items()}, arrays))
    return out


def _move_names(moves: dict[str, dict[str, int]]) -> list[str]:
    """The NER's class names in spaCy's order (``TransitionSystem.initialize_actions``, BiluoPushDown)."""
    kinds = {1: "B", 2: "I", 3: "L", 4: "U", 5: "O"}  # 0 is MISSING, never a move
    names: list[str] = []

    def add(action: int, label: str) -> None:
        name = "O" if action == 5 else f"{kinds[action]}-{label}"
        if action in kinds and (action != 5 or not label) and name not in names:
            names.append(name)

    added: list[tuple[int, str]] = []
    added_actions: dict[str, list[int]] = {}
    for action, freqs in sorted(moves.items()):
        for freq, label in sorted(((f, x) for x, f in freqs.items()), reverse=True):
            if freq < 0:
                added.append((freq, label))
                added_actions.setdefault(label, []).append(int(action))
            else:
                add(int(action), label)
    for _, label in sorted(added, reverse=True):
        for action in added_actions[label]:
            add(action, label)
    return names


def _read_numpy_layers(path: Path) -> tuple[_NumpyLayers, list[str], Any, Any, Any] | None:
    """The layers, class names, lower bias and upper weights of a model directory of the bundled
    architecture (MultiHashEmbed, MaxoutWindowEncoder of window 1, greedy NER with an upper
    layer), read without spaCy; None for any other."""
    import msgpack

    _check_files(path)
    config = _plain_config(path / "config.cfg")
    _check_config(path, config)
    if config["nlp"]["pipeline"] != ["tok2vec", "ner"]:
        return None
    t2v = _msgpack_model(path / "tok2vec" / "model")
    ner = _msgpack_model(path / "ner" / "model")
    ner_cfg = json.loads((path / "ner" / "cfg").read_text(encoding="utf-8"))
    moves = json.loads(msgpack.unpackb((path / "ner" / "moves").read_bytes(), raw=False)["moves"])
    if ner_cfg.get("beam_width", 1) != 1:
        return None
    # tok2vec: extract_features >> hash embeddings >> maxout mix, then the residual window blocks.
    hashes = [(attrs, params) for name, _, attrs, params in t2v if name == "hashembed"]
    maxouts = [(dims, params) for name, dims, _, params in t2v if name == "maxout"]
    norms = [params for name, _, _, params in t2v if name == "layernorm"]
    columns = next(attrs["columns"] for name, _, attrs, _ in t2v if name == "extract_features")
    encode = next((attrs for name, _, attrs, _ in t2v if name.startswith("with_array(residual(")), None)
    block = "residual(expand_window>>maxout>>layernorm>>dropout)"
    depth = len(maxouts) - 1
    embed = ("extract_features>>list2ragged>>with_array(" + "|".join(["ints-getitem>>hashembed"] * len(hashes))
             + ")>>with_array(maxout>>layernorm>>dropout)>>ragged2list")
    if (t2v[0][0] != f"{embed}>>with_array({'>>'.join([block] * depth)})" or encode is None
            or len(norms) != len(maxouts) or not all(c in _LEX_GETTERS for c in columns)
            or [a.get("column") for a, _ in hashes] != list(range(len(columns)))
            or any(attrs.get("window_size") != 1 for name, _, attrs, _ in t2v if name == "expand_window")):
        return None
    embeds = [(a["column"], a["seed"], p["E"]) for a, p in hashes]
    blocks = []
    for (dims, params), norm in zip(maxouts, norms):
        n_o, n_p, n_i = dims["nO"], dims["nP"], dims["nI"]
        blocks.append((params["W"].reshape((n_o * n_p, n_i)), params["b"].reshape(n_o * n_p), norm["G"], norm["b"], n_o, n_p))
    if blocks[0][0].shape[1] != sum(e.shape[1] for _, _, e in embeds) or any(b[0].shape[1] != 3 * b[4] for b in blocks[1:]):
        return None
    # NER: listener >> list2array >> linear projection, precomputable lower layer of three tokens, upper.
    names = [name for name, *_ in ner]
    if names != ["parser_model", "tok2vec-listener>>list2array>>linear", "precomputable_affine", "linear",
                 "tok2vec-listener", "list2array", "linear"]:
        return None
    attrs = ner[0][2]
    if not attrs.get("has_upper") or attrs.get("unseen_classes") or ner[2][1].get("nF") != 3:
        return None
    project, lower, upper = ner[6][3], ner[2][3], ner[3][3]
    moves_names = _move_names(moves)
    if len(moves_names) != upper["W"].shape[0] or project["W"].shape[1] != blocks[-1][4]:
        return None
    layers = _NumpyLayers(list(columns), embeds, blocks[0], _Encoder(int(encode["pad"]), blocks[1:]),
                          (project["W"], project["b"]), (lower["W"], lower["pad"]))
    return layers, moves_names, lower["b"], upper["W"], upper["b"]


def _feature_columns(tok2vec: Any) -> list[Any]:
    for node in tok2vec.walk():
        if node.name == "extract_features":
            return list(node.attrs["columns"])
    raise ValueError("no feature extractor")


def _use_numpy_gemm(nlp: Any) -> None:
    """Run the model's matrix products through numpy's BLAS instead of thinc's blis.

    The same products, to float rounding (the bundled model's entities are identical on
    the benchmark corpus); numpy's BLAS multiplies the tok2vec layers about three times
    faster than blis on the x86 machines measured, and the tok2vec is half the model's time.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        for node in component.model.walk():
            node.ops = ops


@lru_cache(maxsize=1)
def _blas_controller() -> Any:
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - threadpoolctl is a dependency
        return None
    return ThreadpoolController().select(user_api="blas")


def _one_blas_thread() -> Any:
    """One BLAS thread while the model runs: like the rules, one document uses one core
    (OpenBLAS's spinning helper threads cost more CPU than they save on a busy machine,
    and a caller's process pool already spreads documents over the cores)."""
    from contextlib import nullcontext

    ctl = _blas_controller()
    return nullcontext() if ctl is None or not ctl.lib_controllers else ctl.limit(limits=1)


# What a govie model directory may name. Anything else (another directory's payload via
# ``source``, pkuseg files, callbacks, unknown registered functions) is refused before spaCy
# sees the directory, because spaCy would load or run it.
_CHAR_TOKENIZER = {"@tokenizers": "spacy.zh.ChineseTokenizer", "segmenter": "char"}
_COMPONENTS = {"tok2vec": "tok2vec", "ner": "ner"}
_SAFE_FUNCTIONS = frozenset({
    "spacy.zh.ChineseTokenizer", "spacy.Vectors.v1",
    "spacy.Tok2Vec.v1", "spacy.Tok2Vec.v2", "spacy.MultiHashEmbed.v1", "spacy.MultiHashEmbed.v2",
    "spacy.CharacterEmbed.v1", "spacy.CharacterEmbed.v2", "spacy.HashEmbedCNN.v1", "spacy.HashEmbedCNN.v2",
    "spacy.MaxoutWindowEncoder.v1", "spacy.MaxoutWindowEncoder.v2", "spacy.MishWindowEncoder.v1",
    "spacy.MishWindowEncoder.v2", "spacy.TransitionBasedParser.v1", "spacy.TransitionBasedParser.v2",
    "spacy.Tok2VecListener.v1", "spacy.ner_scorer.v1",
    # [training] and [corpora]: never resolved when a model is loaded, named by spaCy's own configs.
    "spacy.Corpus.v1", "spacy.batch_by_words.v1", "spacy.batch_by_sequence.v1", "spacy.batch_by_padded.v1",
    "spacy.ConsoleLogger.v1", "spacy.ConsoleLogger.v2", "spacy.ConsoleLogger.v3", "Adam.v1",
    "compounding.v1", "constant.v1", "warmup_linear.v1", "decaying.v1", "slanted_triangular.v1",
})
_TOKENIZER_FILES = {"cfg"}


def _refuse(path: Path, why: str) -> ModelError:
    return ModelError(f"[E403] refusing to load model {path}: {why}")


def check_model_dir(path: str | Path) -> Any:
    """The parsed ``config.cfg`` of a govie model directory, once it is known to hold only what govie expects.

    Refused (``ModelError`` E403): pkuseg files under ``tokenizer/`` (spacy-pkuseg falls back
    to unpickling), a tokenizer other than spaCy's Chinese tokenizer on characters, a
    component sourced from another directory, components other than ``tok2vec`` and ``ner``,
    creation callbacks, and any registered function outside spaCy's tok2vec/NER architectures.
    Parsing the config runs nothing; it is never resolved before these checks pass.
    """
    from thinc.api import Config

    path = Path(path)
    _check_files(path)
    try:
        config = Config().from_disk(path / "config.cfg", interpolate=False)
    except Exception as err:  # noqa: BLE001 - a config that does not parse names the file
        raise ModelError(f"[E402] cannot load model from {path}: config.cfg: {err}") from err
    _check_config(path, config)
    return config


def _check_files(path: Path) -> None:
    """The files of a model directory that :func:`check_model_dir` refuses."""
    if not (path / "meta.json").is_file() or not (path / "config.cfg").is_file():
        raise ModelError(f"[E401] {path} is not a model directory (no meta.json and config.cfg)")
    tok_dir = path / "tokenizer"
    if tok_dir.is_dir():
        extra = sorted(p.name for p in tok_dir.iterdir() if p.name not in _TOKENIZER_FILES)
        if extra:
            raise _refuse(path, f"unexpected tokenizer/{extra[0]} (govie models segment characters and never "
                          "load pkuseg files, which can run code)")
        try:
            tok_cfg = json.loads((tok_dir / "cfg").read_text(encoding="utf-8")) if (tok_dir / "cfg").exists() else {}
        except (OSError, ValueError) as err:
            raise _refuse(path, f"tokenizer/cfg is not JSON ({err})") from err
        if not isinstance(tok_cfg, dict) or tok_cfg.get("segmenter", "char") != "char":
            raise _refuse(path, f"tokenizer/cfg asks for segmenter {tok_cfg!r}; govie models use 'char'")


def _check_config(path: Path, config: Any) -> None:
    """The settings of a parsed ``config.cfg`` that :func:`check_model_dir` refuses."""
    nlp = config.get("nlp")
    if not isinstance(nlp, dict) or nlp.get("lang") != "zh":
        raise _refuse(path, "config.cfg [nlp] lang is not 'zh'")
    tok = nlp.get("tokenizer")
    if not isinstance(tok, dict) or {k: v for k, v in tok.items()} != _CHAR_TOKENIZER:
        raise _refuse(path, f"config.cfg [nlp.tokenizer] is {tok!r}; govie models use {_CHAR_TOKENIZER!r}")
    for hook in ("before_creation", "after_creation", "after_pipeline_creation"):
        if nlp.get(hook) is not None:
            raise _refuse(path, f"config.cfg [nlp] {hook} is set; govie runs no callbacks from a model")
    pipeline = nlp.get("pipeline")
    components = config.get("components") or {}
    if not isinstance(pipeline, list) or not pipeline or not set(pipeline) <= set(_COMPONENTS):
        raise _refuse(path, f"config.cfg [nlp] pipeline is {pipeline!r}; govie models have tok2vec and ner")
    if not isinstance(components, dict) or set(components) != set(pipeline):
        raise _refuse(path, f"config.cfg components {sorted(components)} do not match the pipeline {pipeline}")
    for name, comp in components.items():
        if not isinstance(comp, dict) or "source" in comp:
            src = comp.get("source") if isinstance(comp, dict) else comp
            raise _refuse(path, f"component {name!r} is sourced from {src!r}; govie loads nothing from "
                          "another directory")
        if comp.get("factory") != _COMPONENTS[name]:
            raise _refuse(path, f"component {name!r} has factory {comp.get('factory')!r}")
    for where, value in _functions(config):
        if value not in _SAFE_FUNCTIONS:
            raise _refuse(path, f"config.cfg {where} names the registered function {value!r}, which govie "
                          "does not load")


def _functions(node: Any, where: str = "") -> list[tuple[str, str]]:
    """Every ``@registry = "name"`` reference in a config tree, with where it is."""
    out: list[tuple[str, str]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{where}.{key}" if where else str(key)
            if isinstance(key, str) and key.startswith("@"):
                out.append((here, str(value)))
            else:
                out.extend(_functions(value, here))
    elif isinstance(node, (list, tuple)):
        for k, value in enumerate(node):
            out.extend(_functions(value, f"{where}[{k}]"))
    return out


def copy_model_dir(path: str | Path, dest: str | Path) -> Path:
    """A checked copy of a model directory (for ``train --base``): only the files govie loads."""
    path, dest = Path(path), Path(dest)
    check_model_dir(path)
    dest.mkdir(parents=True)
    for name in ("config.cfg", "meta.json"):
        shutil.copyfile(path / name, dest / name)
    for sub in ("vocab", *_COMPONENTS):
        if (path / sub).is_dir():
            shutil.copytree(path / sub, dest / sub, symlinks=False)
    (dest / "tokenizer").mkdir()
    (dest / "tokenizer" / "cfg").write_text(json.dumps({"segmenter": "char"}), encoding="utf-8")
    check_model_dir(dest)  # the copy is what spaCy reads: it must pass the same checks
    return dest


_GENERIC = re.compile(
    r"^(?:各|有关|相关|该|本|其|全省|全市|全县|全岛|全国|省直|省级|市级|县级|首家|首个|一批|多家|新建|新增|部分|所属|下属|直属)"
)
# Slogans and policy phrases that look like bodies or places: 法治政府, 东西部, 美丽乡村, 平安中国, 金山银山,
# and ways of serving (网上办、掌上办、一次办, 跨省通办), which end in 办 like an office.
_NOT_DEPT = re.compile(
    r"(?:(?:法治|数字|服务型|有为|廉洁|诚信|责任|人民满意|深化)政府|[东西南北中]部|部署|[布格结全大]局"
    r"|(?:网上|掌上|指尖|马上|就近|一次|通|跨省|跨域|全程|异地|帮)办)$|^(?:国家部委|政府)$"
)
_NOT_LOC = re.compile(r"^(?:美丽|丽|平安|幸福|健康|数字|海绵|花园|金山|法治|智慧|韧性|宜居|绿色|和美|合理)")
_NOT_PERSON_END = re.compile(r"[铁路港桥院所馆杯奖园县省区州湖河]$")
_DEPT_HEADS = (
    "局", "厅", "委", "办", "院", "署", "部", "处", "科", "所", "站", "队", "中心", "政府", "人大", "政协",
    "委员会", "办公室", "法院", "检察院", "海关", "党委", "党组", "总队", "支队", "大队", "管委会", "常委会",
    "人民代表大会", "供销社", "贸促会", "监会", "委会", "人民银行", "央行", "使馆", "领事馆",
    # people's organizations the guide names by their short names (工会、共青团、妇联)
    "共青团", "工会", "妇联", "科协", "残联", "工商联", "侨联", "文联", "社科联", "红十字会",
)
_ORG_EXTRA = ("厂", "社", "报", "馆", "台", "组织", "集团", "俱乐部", "联盟", "中心", "办公室", "研究院", "实验室", "党")
_LOC_HEADS = (
    "省", "市", "县", "区", "州", "盟", "旗", "镇", "乡", "村", "港", "岛", "山", "江", "河", "湖", "湾", "城",
    "园", "口岸", "机场", "流域", "半岛", "群岛", "高原", "盆地", "平原", "峡", "街道", "路", "街", "广场",
    "洲", "洋",
)
_HAN = re.compile(r"^[\u4e00-\u9fff·]+$")
# "中国特色", "中国式现代化": the country as an adjective, not a place mention.
_ADJECTIVAL = ("特色", "式", "梦", "好人")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    from govie.kb.lexicons import load_words, region_words
    from govie.kb.divisions import place_names

    dept_heads = set(_DEPT_HEADS)
    try:
        path = resources.files("govie") / "data" / "dept_types.tsv"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or line.startswith("full\t"):
                continue
            cols = line.split("\t")
            dept_heads.update(w for w in [cols[0], *(cols[1].split("|") if len(cols) > 1 else [])] if w)
    except OSError:  # pragma: no cover - the data file ships with govie
        pass
    surnames = load_words("surnames")
    org_suffixes = tuple(load_words("org_suffixes")) + _ORG_EXTRA
    return {
        "dept": tuple(sorted(dept_heads, key=len, reverse=True)),
        "org": org_suffixes,
        "org_heads": set(org_suffixes) | {"博物馆", "图书馆", "科技馆", "美术馆", "纪念馆", "体育馆"}
        | set(load_words("org_class_names")),
        "single": {s for s in surnames if len(s) == 1},
        "double": {s for s in surnames if len(s) == 2},
        "places": set(place_names()) | set(region_words()),
    }


# The parts of speech the gate asks about: names of people (nr, nrt, nrfg), places (ns),
# organizations (nt) and other proper nouns (nz); every other dictionary word reads as "x".
_POS_LINE = r"^(\S+) \d+ (n[rstz]\w*)$"


@lru_cache(maxsize=1)
def _proper_pos() -> dict[str, str]:
    """Part of speech of the proper nouns of jieba's dictionary (nr*, ns, nt, nz): a tenth of
    its words, read by one regex scan (kept in govie's cache directory) instead of a dictionary of all 349,000."""
    return dictionary_tags(_POS_LINE)


def _known(word: str) -> tuple[int, str] | None:
    """(frequency, part of speech) of a word of jieba's dictionary, None for other strings.

    The frequency comes from the shared segmenter's prefix dictionary (which holds 0 for a
    prefix that is no word); the part of speech table is read the first time it is asked for.
    """
    tok, _ = shared_jieba()
    freq = tok.FREQ.get(word)
    if not freq:
        return None
    return freq, _proper_pos().get(word, "x")


def _names_a_body(word: str) -> bool:
    """A common word of the dictionary that still names one body: a registry name (证监会, 统计局)
    or a body type, which bare is the document's own (教育局, 人大, 纪委; guide: a missing prefix).

    Other common words (矿务局, 派出所, 展销部, 村委会) name a kind of body, not one: alone a class
    (（矿务局）局长), after a name a fragment the model cut (大同|矿务局).
    """
    from govie.kb.dept_types import load_dept_types
    from govie.taggers.dept import find_dept_spans

    return load_dept_types().get(word) is not None or [s[:2] for s in find_dept_spans(word, central=True)] == [(0, len(word))]


# A field's body after a jurisdiction (guide: "市民政部门" refers to one body): 市住房保障部门,
# 广州市国土部门; without one (房屋土地管理部门, 有关部门) it is a class.
_FUNCTIONAL_END = re.compile(f"[\u4e00-\u9fff]{{2,10}}?(?:行政主管|行政|主管|管理)?部门$")
# A one-character level before a field (市|住房保障部门); not 盟 (no 盟 functional department was seen).
_BARE_LEVEL = level_chars(levels_without("盟"))


def functional_name(text: str) -> bool:
    """Whether a DEPT span is a functional name with a jurisdiction (市住房保障部门): one body by
    the guide even where the knowledge base cannot link it (then its canonical stays null)."""
    return _functional(text, _lexicon()["places"])


def _functional(text: str, places: set[str]) -> bool:
    if not text.endswith("部门"):
        return False
    for k in range(min(len(text) - 4, 12), 0, -1):
        # 市|住房保障部门, not 市场|监管部门: the jurisdiction ends a word.
        if (text[:k] in places or (k == 1 and text[0] in _BARE_LEVEL)) and k in shared_word_ends(text):
            rest = text[k:]
            return bool(_FUNCTIONAL_END.fullmatch(rest)) and not _GENERIC.match(rest) \
                and not rest.startswith(("有关", "相关", "其他", "其它", "各", "等", "直属", "主管", "行政", "政府", "人民政府"))
    return False


# Brackets and quotes a name may hold (香港（澳门）民政总署, 滨海站“于响”商务区) only in pairs.
_PAIRS = {"（": "）", "(": ")", "“": "”", "‘": "’", "《": "》", "「": "」", "【": "】", "[": "]"}


def _unpaired(text: str) -> bool:
    """Whether a bracket or quote in ``text`` opens or closes outside it (“两山 of “两山”实践创新基地)."""
    stack: list[str] = []
    for c in text:
        if c in _PAIRS:
            stack.append(_PAIRS[c])
        elif c in _PAIRS.values() and (not stack or stack.pop() != c):
            return True
    return bool(stack)


def plausible(label: str, text: str) -> bool:
    """Whether a model span of ``label`` reads like one (the gate in the module docstring)."""
    if len(text) < 2 or any(c in "\n\r、，。；：！？" for c in text) or _GENERIC.match(text):
        return False
    # A span cut inside a quoted or bracketed phrase is a fragment, not a name.
    if _unpaired(text):
        return False
    lex = _lexicon()
    known = _known(text)
    if label == "DEPT":
        if known is not None and known[1] != "nt" and not _names_a_body(text):
            return False
        if _functional(text, lex["places"]):
            return True
        # 省市纪委 (中央、省市纪委要求): the bodies of two levels, a class; 省市场监管局 opens with 省市 too.
        if text.startswith("省市") and not text.startswith("省市场"):
            return False
        return text.endswith(lex["dept"]) and not _NOT_DEPT.search(text)
    if label == "ORG":
        if text in lex["org_heads"] or not text.endswith(lex["org"]):
            return False
        return len(text) >= 4 or (known is not None and known[1] == "nt")  # 新华社, 农信社
    if label == "PERSON":
        if "·" in text:
            return 3 <= len(text) <= 20 and bool(_HAN.match(text))
        if not (2 <= len(text) <= 4 and _HAN.match(text)) or _NOT_PERSON_END.search(text):
            return False
        if len(text) == 4 and text[:2] not in lex["double"]:
            return False
        if known is not None and (not known[1].startswith("nr") or (len(text) == 2 and known[0] >= 100)):
            return False  # a common word (黄金, 林木, 殷切), not a name
        return text[0] in lex["single"] or text[:2] in lex["double"]
    if label == "LOC":
        if _NOT_LOC.match(text):
            return False
        if known is not None and known[1] not in ("ns", "nt", "nz"):
            return False
        if text in lex["places"] or (len(text) >= 3 and text.endswith(_LOC_HEADS)):
            return True
        return known is not None and known[1] == "ns" or (
            len(text) <= 4 and text.endswith("国") and bool(_HAN.match(text)))
    return False


def people_org_names(text: str, mentions: list[Mention], central: bool) -> None:
    """Mark the model's DEPT spans that are a people's organization's bare name (共青团 in 民族宗教、
    工会、共青团、妇女儿童: Guangdong's 2026 report) to be linked as the rules' list of such names
    links its items: the division's 总工会 / 团委 (团中央 at the centre), not dropped unlinked."""
    from govie.taggers.dept import people_org_as

    for m in mentions:
        link_as = people_org_as(text[m.start:m.end], central) if m.label == "DEPT" and m.source == "model" else None
        if link_as:
            m.attrs.update({"kind": "as", "as": link_as})


def on_word_boundaries(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins and ends at word boundaries of its sentence (jieba, no HMM).

    A model span that cuts a word (农业社|会化服务, 美|丽河湖, 秦沈高|铁) is a fragment, not a name.
    """
    if end - start < 2:
        return False
    s = max(text.rfind(c, 0, start) for c in "。！？；\n") + 1
    s = max(s, start - 60)
    e_candidates = [i for i in (text.find(c, end) for c in "。！？；\n") if i != -1]
    e = min([*e_candidates, len(text), end + 60])
    ends = shared_word_ends(text[s:e])
    return (start == s or start - s in ends) and (end == s or end - s in ends)


def _chunks(text: str, size: int) -> list[tuple[int, str]]:
    """Cut at line ends (or sentence ends) so that no entity is split."""
    out = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = max(text.rfind("\n", start, end), text.rfind("。", start, end))
            if cut > start:
                end = cut + 1
        out.append((start, text[start:end]))
        start = end
    return out


@lru_cache(maxsize=4)
def _cached(path: str) -> NerModel:
    return NerModel.load(path)


def resolve_model(model: Any, *, default: bool) -> NerModel | None:
    """``model`` may be a NerModel, a directory, or None; ``default`` picks the bundled one."""
    if isinstance(model, NerModel):
        return model
    if model is not None:
        return _cached(str(Path(model).resolve()))
    if default:
        path = default_model_path()
        return _cached(str(path)) if path else None
    return None
