"""LiteRT as the oracle: run a .tflite model on named inputs, write every output by tensor name.

usage: litert_oracle.py MODEL.tflite INPUTS.npz|.npy OUTPUTS.npz

The interpreter runs LiteRT's own builtin kernels without the default delegates (no XNNPACK):
the kernels whose integer semantics the tile reproduces (docs/compiler.md §1). Inputs are
matched by tensor name (a single .npy stands for a model with one input). Errors are one line
on stderr and exit status 2; nothing is written unless every output is ready.
"""
import os
import sys

import numpy as np


def main(model, inputs, outputs):
    from ai_edge_litert.interpreter import Interpreter, OpResolverType

    it = Interpreter(
        model_path=model,
        experimental_op_resolver_type=OpResolverType.BUILTIN_WITHOUT_DEFAULT_DELEGATES,
    )
    it.allocate_tensors()
    details = it.get_input_details()
    if inputs.endswith(".npy"):
        arrays = {details[0]["name"]: np.load(inputs)} if len(details) == 1 else {}
    else:
        with np.load(inputs) as z:
            arrays = {k: z[k] for k in z.files}
    for d in details:
        if d["name"] not in arrays:
            raise SystemExit(f"no array '{d['name']}' for the model's input in {inputs}")
        it.set_tensor(d["index"], arrays[d["name"]])
    it.invoke()
    result = {d["name"]: it.get_tensor(d["index"]) for d in it.get_output_details()}
    partial = outputs + ".partial"
    with open(partial, "wb") as f:
        np.savez(f, **result)
    os.replace(partial, outputs)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__.strip().splitlines()[2])
    try:
        main(*sys.argv[1:])
    except SystemExit:
        raise
    except Exception as e:  # one line, whatever the interpreter raised
        print(f"litert: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}", file=sys.stderr)
        sys.exit(2)
