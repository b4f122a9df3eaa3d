"""Closing up words a site's rendering printed with spaces inside them.

One legal-text site renders some pages with spaces at random places inside words, in the
header's and the signature's table cells only ("ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I
NH", "Số: 3210/QĐ - U B ND", "KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH Ngu y ễn Hữu Tín"). A Vietnamese
word is one syllable (onset, vowels, final consonant, one tone mark at most), so a piece
that cannot be a syllable (a consonant alone, "B", "NH") is a piece of a word, and the
pieces close up again where together they make a syllable.

:func:`closed_up` repairs a table cell when the row it stands in is spaced that way (many
pieces that cannot be syllables); :func:`mended` repairs the few breaks in a row that is not
("Qu ả ng Ngãi", "CHỦ TỊCH Đặ ng Văn Minh", "Thương binh và X ã hội"), where a piece is
one that no word can be.
"""

from __future__ import annotations

import re
import unicodedata

_ONSET_LIST = "b c ch d đ g gh gi h k kh l m n ng ngh nh p ph q qu r s t th tr v x"
_ONSETS = frozenset(_ONSET_LIST.split(" "))
# a consonant alone that starts an onset ("c" of "ch", "n" of "ngh") or ends a syllable
_PIECES = frozenset({*_ONSETS, "c", "ch", "m", "n", "ng", "nh", "p", "t"})
# the vowels of a syllable, longest first (the regular expression tries them in order)
_NUCLEUS_LIST = (
    "iêu yêu uyê uya uyu oai oao oay oeo uây uôi ươi ươu "
    "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ ưa ưi ươ ưu uy yê "
    "a ă â e ê i o ô ơ u ư y"
)
_NUCLEI = _NUCLEUS_LIST.split(" ")
_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?"
    rf"(?:{'|'.join(_NUCLEI)})(?:ch|ng|nh|[cmnpt])?"
)
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # grave, acute, tilde, hook, dot below
_WORD = re.compile(r"^(?P<lead>\W*)(?P<core>\w+)(?P<trail>\W*)$")
_SPACED_SHARE = 0.15  # of a row's words; a prose row has almost no such pieces
_SPACED_MIN = 3


def _base(word: str) -> tuple[str, int]:
    """``word`` in lower case without its tone marks, and how many tone marks it had."""
    marks = [ch for ch in unicodedata.normalize("NFD", word.lower())]
    tones = sum(ch in _TONES for ch in marks)
    bare = "".join(ch for ch in marks if ch not in _TONES)
    return unicodedata.normalize("NFC", bare), tones


def is_syllable(word: str) -> bool:
    """True when ``word`` (letters only) can be one Vietnamese syllable."""
    bare, tones = _base(word)
    return tones <= 1 and _SYLLABLE.fullmatch(bare) is not None


def _is_onset_part(word: str) -> bool:
    bare, tones = _base(word)
    return not tones and any(onset.startswith(bare) for onset in _ONSETS)


def _is_piece(word: str) -> bool:
    bare, tones = _base(word)
    return not tones and bare in _PIECES


def is_spaced(row: str) -> bool:
    """True when a table row reads as a word-spaced rendering: at least three words, and a
    sixth or more of its words, are consonants that cannot stand alone ("B", "NH", "ch")."""
    words = [m.group("core") for m in map(_WORD.match, row.split()) if m]
    words = [w for w in words if w.isalpha()]
    pieces = sum(_is_piece(w) for w in words)
    return pieces >= _SPACED_MIN and pieces >= _SPACED_SHARE * len(words)


def _same_case(left: str, right: str) -> bool:
    """``right`` may go on ``left``'s word: in lower case, or in capitals after capitals."""
    return right.islower() or (right.isupper() and left.isupper())


def closed_up(cell: str) -> str:
    """``cell`` with the pieces of each word joined again ("T HÀNH" -> "THÀNH", "Ngu y ễn"
    -> "Nguyễn"); a join is made only when the joined word can be a syllable (or the start
    of one), so whole words stay apart."""
    tokens = cell.split()
    out: list[str] = []
    for index, token in enumerate(tokens):
        if out and _joins(out[-1], token, tokens[index + 1] if index + 1 < len(tokens) else ""):
            out[-1] += token
        else:
            out.append(token)
    return _CODE.sub(lambda m: m.group().replace(" ", ""), " ".join(out))


# the type code of a number ("Số: 3210/QĐ - U B ND"): its capitals close up
_CODE = re.compile(r"(?:(?<=[-/])|(?<=[-/] ))[A-ZĐ]{1,3}(?: [A-ZĐ]{1,3})+(?![\w/])")


def _word_and_piece(left: str, right: str) -> tuple[str, str] | None:
    """The letters of two neighbouring tokens when nothing stands between them (no
    punctuation after ``left`` nor before ``right``) and their case allows a join."""
    lm, rm = _WORD.match(left), _WORD.match(right)
    if lm is None or rm is None or lm.group("trail") or rm.group("lead"):
        return None
    word, piece = lm.group("core"), rm.group("core")
    if not (word.isalpha() and piece.isalpha() and _same_case(word, piece)):
        return None
    return word, piece


def _joins(left: str, right: str, after: str) -> bool:
    """True when ``right`` is a piece of the word ``left`` starts (``after`` follows)."""
    pair = _word_and_piece(left, right)
    if pair is None:
        return False
    word, piece = pair
    joined = word + piece
    if _is_onset_part(word) and not is_syllable(word):
        return is_syllable(joined) or _is_onset_part(joined)
    if not is_syllable(joined):
        return False
    if _is_piece(piece):
        # a consonant ends this word unless it starts the next ("HỒ C H Í": "CH" starts "CHÍ")
        am = _WORD.match(after)
        nxt = am.group("core") if am and right == piece else ""  # no stop after the piece
        return not (nxt.isalpha() and (is_syllable(piece + nxt) or _is_onset_part(piece + nxt)))
    return _base(piece)[0][:1] not in _ONSETS_FIRST


_ONSETS_FIRST = frozenset(onset[0] for onset in _ONSETS)


# a syllable's final alone, two letters: never a word of its own in running text
_LONE_FINALS = frozenset({"ng", "nh", "ch"})
_VOWEL_END = re.compile(r"[aăâeêioôơuưy]$")


def mended(cell: str) -> str:
    """``cell`` with the breaks of a row that is not spaced throughout closed up: an onset
    with no vowel before one vowel letter ("Qu ả", "X ã"), and a two-letter final alone
    after a word ending in a vowel ("Đặ ng"). Single letters standing for items ("điểm c",
    "Phụ lục B") are no such pieces."""
    out: list[str] = []
    joined = False
    for token in cell.split():
        if out and _mends(out[-1], token):
            out[-1] += token
            joined = True
        else:
            out.append(token)
    return " ".join(out) if joined else cell.strip()


def _mends(left: str, right: str) -> bool:
    """True when ``right`` is a broken-off piece of the word ``left`` starts."""
    pair = _word_and_piece(left, right)
    if pair is None:
        return False
    word, piece = pair
    if not is_syllable(word + piece):
        return False
    if len(piece) == 1 and _base(piece)[0] not in _PIECES:
        bare, tones = _base(word)
        return not tones and bare in _ONSETS  # "Qu ả", "X ã": "qu" is no word alone
    bare_word = _base(word)[0]
    return piece in _LONE_FINALS and _VOWEL_END.search(bare_word) is not None  # "Đặ ng"
