"""Reference tables of LiteRT's int8 elementwise operators, for the compiler's own tables.

usage: python scripts/models/make_op_tables.py [OUT]   (default: compiler/tests/data/op_tables.json)

Each case is a one-operator model made by the standard converter (full int8, a representative
dataset over the case's range), run by LiteRT's builtin kernels without delegates on all 256
int8 inputs: the outputs are the operator's table exactly as the interpreter computes it. The
JSON records the operator, the input and output quantization and the 256 outputs (input -128
first). Needs TensorFlow and ai-edge-litert; CI does not run this.
"""
import json
import os
import sys

import numpy as np
import tensorflow as tf

import int8

OUT = sys.argv[1] if len(sys.argv) > 1 else "compiler/tests/data/op_tables.json"


def case(name, fn, lo, hi, seed):
    rng = np.random.default_rng(seed)
    inp = tf.keras.Input((256,), batch_size=1)
    model = tf.keras.Model(inp, fn(inp))

    def rep():
        for _ in range(64):
            yield [rng.uniform(lo, hi, size=(1, 256)).astype(np.float32)]

    it = int8.interpreter(model_content=int8.convert(model, rep))
    ops = [op["op_name"] for op in it._get_ops_details()]
    i, o = it.get_input_details()[0], it.get_output_details()[0]
    it.set_tensor(i["index"], np.arange(-128, 128, dtype=np.int8).reshape(1, 256))
    it.invoke()
    table = it.get_tensor(o["index"]).reshape(256)
    (si, zi), (so, zo) = i["quantization"], o["quantization"]
    print(f"{name}: ops {ops}, in {si} {zi}, out {so} {zo}")
    return {"name": name, "ops": ops, "input_scale": float(si), "input_zero_point": int(zi),
            "output_scale": float(so), "output_zero_point": int(zo), "table": [int(v) for v in table]}


if __name__ == "__main__":
    L = tf.keras.layers
    cases = [
        case("logistic", lambda x: L.Activation("sigmoid")(x), -8, 8, 1),
        case("logistic_narrow", lambda x: L.Activation("sigmoid")(x), -1.5, 3.0, 2),
        case("tanh", lambda x: L.Activation("tanh")(x), -4, 4, 3),
        case("tanh_offset", lambda x: L.Activation("tanh")(x), -0.5, 2.5, 4),
        case("elu", lambda x: L.Activation("elu")(x), -3, 3, 5),
        case("gelu_tanh", lambda x: tf.keras.ops.gelu(x, approximate=True), -4, 4, 6),
        case("gelu_erf", lambda x: tf.keras.ops.gelu(x, approximate=False), -4, 4, 7),
        case("rsqrt", lambda x: tf.keras.ops.rsqrt(x), 0.01, 4, 8),
        case("logistic_wide", lambda x: L.Activation("sigmoid")(x), -100, 60, 11),
        case("neg", lambda x: tf.keras.ops.negative(x), -2, 3, 9),
    ]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump({"generator": "scripts/models/make_op_tables.py", "litert": "2.3.0", "cases": cases}, f, indent=0)
