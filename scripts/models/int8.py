"""The one full-integer conversion every bundled model goes through (TensorFlow's standard
converter: int8 weights and activations, int8 model inputs and outputs, calibrated on a
representative dataset), and the interpreter the project takes as the truth."""
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter, OpResolverType


def convert(model, representative, per_tensor=False):
    """The .tflite bytes of a Keras model; `representative` yields lists of input arrays."""
    c = tf.lite.TFLiteConverter.from_keras_model(model)
    c.optimizations = [tf.lite.Optimize.DEFAULT]
    c.representative_dataset = representative
    c.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    c.inference_input_type = tf.int8
    c.inference_output_type = tf.int8
    if per_tensor:
        c._experimental_disable_per_channel_quantization_for_dense_layers = True
    return c.convert()


def interpreter(**source):
    """LiteRT's builtin kernels without delegates (docs/compiler.md §1), tensors allocated."""
    it = Interpreter(**source, experimental_op_resolver_type=OpResolverType.BUILTIN_WITHOUT_DEFAULT_DELEGATES)
    it.allocate_tensors()
    return it
