"""Train and convert the bundled fully-connected models with the standard TFLite converter.

usage: python scripts/models/make_fc_models.py [OUT_DIR [NAME...]]   (default: models/, all)

Needs TensorFlow (tensorflow-cpu 2.21) and ai-edge-litert 2.3.0; CI does not run this: the
.tflite files, their inputs and LiteRT's outputs are committed. Each model is trained briefly
on a fixed synthetic task (so its weights are trained weights, not noise), converted to full
int8 (int8 inputs and outputs, a representative dataset), and run by LiteRT's builtin kernels
without delegates on random int8 inputs: MODEL.inputs.npz and MODEL.litert.npz.
"""
import os
import sys

import numpy as np
import tensorflow as tf

import int8

OUT = sys.argv[1] if len(sys.argv) > 1 else "models"
ONLY = set(sys.argv[2:])


def task(rng, shape, classes):
    x = rng.normal(size=(2048,) + shape).astype(np.float32)
    w = rng.normal(size=(int(np.prod(shape)), classes)).astype(np.float32)
    y = np.argmax(np.tanh(x.reshape(2048, -1) @ w) + 0.1 * rng.normal(size=(2048, classes)), axis=1)
    return x, y


def convert(model, x, per_tensor=False):
    def rep():
        for i in range(128):
            yield [x[i : i + model.input_shape[0]] if model.input_shape[0] else x[i : i + 1]]

    return int8.convert(model, rep, per_tensor)


def reference(path, seed):
    it = int8.interpreter(model_path=path)
    rng = np.random.default_rng(seed)
    inputs = {d["name"]: rng.integers(-128, 128, size=d["shape"], dtype=np.int8) for d in it.get_input_details()}
    for d in it.get_input_details():
        it.set_tensor(d["index"], inputs[d["name"]])
    it.invoke()
    outputs = {d["name"]: it.get_tensor(d["index"]) for d in it.get_output_details()}
    stem = path[: -len(".tflite")]
    np.savez(stem + ".inputs.npz", **inputs)
    np.savez(stem + ".litert.npz", **outputs)
    ops = [op["op_name"] for op in it._get_ops_details()]
    print(f"{path}: {os.path.getsize(path)} bytes, ops {ops}")


def build(name, layers, input_shape, batch, per_tensor, seed):
    if ONLY and name not in ONLY:
        return
    tf.keras.utils.set_random_seed(seed)
    rng = np.random.default_rng(seed)
    x, y = task(rng, input_shape, next(l.units for l in reversed(layers) if hasattr(l, "units")))
    model = tf.keras.Sequential([tf.keras.Input(input_shape, batch_size=batch)] + layers)
    model.compile("adam", tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    model.fit(x, y, epochs=4, batch_size=batch or 32, verbose=0)
    path = os.path.join(OUT, name + ".tflite")
    with open(path, "wb") as f:
        f.write(convert(model, x, per_tensor))
    reference(path, seed)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    D = tf.keras.layers.Dense
    # Three layers, ReLU, per-channel weights (the converter's default), one vector.
    build("mlp_64_48_32_10", [D(48, activation="relu"), D(32, activation="relu"), D(10)], (64,), None, False, 1)
    # A batch of four 5x8 inputs flattened (RESHAPE), ReLU6, per-tensor weights.
    build(
        "mlp_b4_5x8_24_12_per_tensor",
        [tf.keras.layers.Flatten(), D(24, activation="relu6"), D(12)],
        (5, 8),
        4,
        True,
        2,
    )
    # One wide layer (K = 256 inputs, 64 outputs), no activation.
    build("fc_256_64", [D(64)], (256,), None, False, 3)
    # A classifier ending in SOFTMAX (int8 softmax needs the vector unit: refused until then).
    build("mlp_32_16_softmax", [D(16, activation="relu"), D(8), tf.keras.layers.Softmax()], (32,), None, False, 4)
