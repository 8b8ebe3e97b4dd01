"""Many small pictures in one image: kernels (filters × channels) or feature maps (channels),
tiled with a one-pixel NaN gap (drawn transparent) between them, so a whole layer is one
``ImageItem`` updated with one ``setImage``.  Plain NumPy: no widgets here."""
from __future__ import annotations

import numpy as np

GAP = 1


def tile(pictures: np.ndarray, per_row: int) -> np.ndarray:
    """Pictures (n, h, w) laid out ``per_row`` to a row, row by row, as one
    (rows·(h+1)−1, per_row·(w+1)−1) image with NaN between them (and in unused places)."""
    n, h, w = pictures.shape
    per_row = max(1, min(per_row, n))
    rows = -(-n // per_row)
    out = np.full((rows * (h + GAP) - GAP, per_row * (w + GAP) - GAP), np.nan)
    for k in range(n):  # one slice per picture, never per pixel
        r, c = divmod(k, per_row)
        out[r * (h + GAP):r * (h + GAP) + h, c * (w + GAP):c * (w + GAP) + w] = pictures[k]
    return out


def tile_at(shape: tuple, per_row: int, y: float, x: float) -> tuple[int, int, int] | None:
    """(picture, row in it, column in it) at image coordinates (y, x) of a :func:`tile` of
    pictures of ``shape`` (n, h, w); None in a gap or outside."""
    n, h, w = shape
    if y < 0 or x < 0:
        return None
    (r, i), (c, j) = divmod(int(y), h + GAP), divmod(int(x), w + GAP)
    k = r * max(1, min(per_row, n)) + c
    if i >= h or j >= w or c >= max(1, min(per_row, n)) or k >= n:
        return None
    return k, i, j


def kernels_per_row(filters: int, channels: int) -> int:
    """Pictures per row of :func:`kernel_tiles`: one per input channel (rows = filters); a
    single-channel layer lays its filters out in a square-ish grid instead of one tall column."""
    return channels if channels > 1 else square_per_row(filters)


def kernel_tiles(kernels: np.ndarray) -> np.ndarray:
    """Kernels (filters, channels, k, k) as rows = filters, columns = input channels (a
    single-channel layer: filters in reading order, in a square-ish grid)."""
    f, c, kh, kw = kernels.shape
    return tile(kernels.reshape(f * c, kh, kw), kernels_per_row(f, c))


def square_per_row(n: int) -> int:
    """Pictures per row that make ``n`` of them roughly square."""
    return max(1, int(np.ceil(np.sqrt(n))))
