"""The golden networks of ``generate_net.py``: hand-written ones that mirror
the presets the network view ships and each feature of design.md's ``net=``
fields, seeded random stacks for breadth, the limits, and big shape-only
networks from real models.

A network is ``(name, in, c, net, tags)`` plus keyword ``fw`` (default
``keras``; ``torch`` only where the case is about PyTorch's pool pad limit);
its seed is its position in the list, so each network draws other values.
"""

from golden_common import pick

# (name, "HxW", C, net, tags[, fw])
PRESETS = [
    ("ResNet stem, 32", "32x32", 3, "conv_k7_s2_p3_f8~maxpool_k3_s2_p1", ["resnet-stem", "preset"]),
    ("ResNet stem, 33", "33x33", 3, "conv_k7_s2_p3_f8~maxpool_k3_s2_p1", ["resnet-stem", "preset", "floor-drops"]),
    ("ResNet stem + stage 2 downsampling", "32x32", 3,
     "conv_k7_s2_p3_f2~maxpool_k3_s2_p1~conv_k3_p1_f2~conv_k3_p1_f2~conv_k3_s2_p1_f4~conv_k3_p1_f4",
     ["resnet-stem", "preset"]),
    ("ResNet stem, PyTorch rules", "32x32", 3, "conv_k7_s2_p3_f4~maxpool_k3_s2_p1", ["resnet-stem", "fw-torch"],
     "torch"),
    ("VGG block", "16x16", 3, "conv_k3_p1_f4~conv_k3_p1_f4~maxpool_k2_s2", ["vgg", "preset"]),
    ("VGG block, Keras same, odd input", "15x15", 3, "conv_f4~conv_f4~maxpool_k2_pvalid",
     ["vgg", "preset", "floor-drops"]),
    ("AlexNet conv1 (scaled), 63", "63x63", 3, "conv_k11_s4_p0_f4~maxpool_k3_s2_pvalid", ["alexnet", "preset"]),
    ("AlexNet conv1 (scaled), 64", "64x64", 3, "conv_k11_s4_p0_f4~maxpool_k3_s2_pvalid",
     ["alexnet", "preset", "floor-drops"]),
    ("AlexNet conv1 (scaled), 67", "67x67", 3, "conv_k11_s4_p0_f4~maxpool_k3_s2_pvalid", ["alexnet", "preset"]),
    ("U-Net, two levels, odd input, no output_padding", "21x21", 1,
     "conv_k3_p1_f1~conv_k3_p1_f2~maxpool_k2_p0~conv_k3_p1_f2~maxpool_k2_p0~conv_k3_p1_f2"
     "~convt_k2_s2_p0_f2~conv_k3_p1_f2~convt_k2_s2_p0_f1~conv_k1_f1",
     ["unet", "preset", "convt", "floor-drops"]),
    ("U-Net, two levels, odd input, output_padding", "21x21", 1,
     "conv_k3_p1_f1~conv_k3_p1_f2~maxpool_k2_p0~conv_k3_p1_f2~maxpool_k2_p0~conv_k3_p1_f2"
     "~convt_k2_s2_p0_f2~conv_k3_p1_f2~convt_k2_s2_p0_o1_f1~conv_k1_f1",
     ["unet", "preset", "convt", "opad"]),
    ("U-Net, Keras same transposed", "19x19", 2,
     "conv_f2~maxpool_k2_pvalid~conv_f4~maxpool_k2_pvalid~conv_f4~convt_k3_s2_f4~conv_f2~convt_k3_s2_o1_f2~conv_k1",
     ["unet", "convt", "opad", "convt-keras"]),
    ("MobileNet depthwise-separable block", "16x16", 4,
     "conv_k3_s2_p1_f8~conv_k3_p1_g8_f8~conv_k1_p0_f8~conv_k3_s2_g8_f8~conv_k1_f4",
     ["mobilenet", "preset", "depthwise", "groups"]),
    ("WaveNet dilated causal stack", "1x32", 1,
     "conv_k1x2_pcausal_f2~conv_k1x2_d2_pcausal_f2~conv_k1x2_d4_pcausal_f2~conv_k1x2_d8_pcausal",
     ["causal", "preset", "dilation"]),
    ("Dilated causal, k=3, two channels", "1x40", 2,
     "conv_k1x3_pcausal_f2~conv_k1x3_d2_pcausal_f2~conv_k1x3_d4_pcausal_f2~conv_k1x3_d8_pcausal_f1",
     ["causal", "dilation"]),
    ("DCGAN generator head", "4x4", 4, "convt_k4_s2_p1_f4~convt_k4_s2_p1_f2~convt_k4_s2_p1_f1",
     ["convt", "dcgan", "preset"]),
]

FEATURES = [
    ("Reflect then replicate", "10x10", 2, "conv_k3_p1_mreflect_f2~conv_k3_s2_p1_mreplicate_f2",
     ["mode-reflect", "mode-replicate"]),
    ("Circular, pad 2", "8x8", 1, "conv_k5_p2_mcircular_f2~conv_k3_p1_mcircular", ["mode-circular"]),
    ("Symmetric (numpy / TF SYMMETRIC)", "9x9", 2, "conv_k5_p2_msymmetric_f2~conv_k3_msymmetric", ["mode-symmetric"]),
    ("Modes with Keras same, even kernel", "11x9", 1,
     "conv_k4_mreflect_f2~conv_k2_msymmetric_f2~conv_k4_mcircular~conv_k2_mreplicate",
     ["mode-reflect", "mode-symmetric", "mode-circular", "mode-replicate"]),
    ("Asymmetric pads with reflect", "7x7", 1, "conv_k3_p2.0.0.2_mreflect_f2~conv_k2_p0.1.0.1_mreplicate",
     ["mode-reflect", "mode-replicate", "asymmetric"]),
    ("Same-lower (ONNX SAME_LOWER)", "9x9", 1,
     "conv_k4_psame-lower_f2~conv_k2_s2_psame-lower_f2~conv_k3_s2_psame-lower",
     ["same-lower"]),
    ("Theano full then half", "6x6", 1, "conv_k3_pfull_f2~conv_k5_phalf_f2~conv_k3_d2_phalf",
     ["full", "half", "dilation"]),
    ("Max pool ceil_mode, overhang", "8x8", 2, "maxpool_k3_s2_p0_ceil~conv_k2_pvalid_f2", ["ceil", "overhang"]),
    ("Max pool ceil_mode, last window removed", "5x5", 1, "maxpool_k3_s2_p1_ceil~conv_k2_f2", ["ceil", "removed"]),
    ("Average pool ceil_mode, overhang", "7x7", 2, "conv_k3_f2~avgpool_k2_s2_p1_ceil", ["ceil", "overhang", "avg"]),
    ("Average pool cip=0 vs the padding", "9x9", 2, "avgpool_k3_s2_p1_cip0~conv_k3_f2~avgpool_k3_s2_p1",
     ["cip0", "avg"]),
    ("Average pool, TF same (real cells only)", "7x7", 1, "conv_k3_f2~avgpool_k3_s2~conv_k2", ["avg", "pool-same"]),
    ("Max pool, TF same", "9x9", 2, "maxpool_k2_s2~conv_k3_f2~maxpool_k3_s2", ["pool-same"]),
    ("Max pool ceil with cip=0 average", "10x10", 1, "maxpool_k2_s2_ceil_p1~avgpool_k3_s2_p1_ceil_cip0",
     ["ceil", "cip0", "avg"]),
    ("Dilation with stride", "16x16", 1, "conv_k3_s2_d2_p2_f2~conv_k3_d3_p3_f2~maxpool_k2_d2_s2_p1",
     ["dilation", "dilation-stride"]),
    ("Asymmetric explicit pads p0.1.0.1", "8x8", 1, "conv_k2_p0.1.0.1_f2~maxpool_k2_s1_p0.1.0.1~conv_k2_p0.1.0.1",
     ["asymmetric"]),
    ("Asymmetric average pool, cip=1", "9x8", 2, "avgpool_k3_s2_p1.0.2.0~avgpool_k2_s1_p0.1.0.1_cip0",
     ["asymmetric", "avg", "cip0"]),
    ("Non-square input and kernels", "12x20", 2, "conv_k3x5_s1x2_p1x2_f2~maxpool_k2x3_s2x3~conv_k1x3_pvalid",
     ["non-square"]),
    ("Non-square strides, Keras same", "13x24", 1, "conv_k5x3_s2x3_f2~avgpool_k2x1_s2x1~conv_k2x4_s1x2",
     ["non-square", "avg"]),
    ("Oversized pool pads (Keras rules), -inf out", "6x6", 1, "conv_k3_f2~avgpool_k2_s2_p2~maxpool_k2_s2_p2",
     ["pool-oversized", "avg", "neg-inf"]),
    ("Pool pad at PyTorch's limit, PyTorch rules", "8x8", 1, "conv_k3_p1_f2~maxpool_k3_s2_p1~avgpool_k2_s2_p1",
     ["fw-torch", "avg"], "torch"),
    ("Pool pad past PyTorch's limit, Keras rules", "8x8", 1, "conv_k3_p1_f2~maxpool_k2_s2_p2",
     ["pool-oversized"]),
    ("Grouped convolution, g2", "8x8", 4, "conv_k3_g2_f4~conv_k3_s2_g4_f8~conv_k1_g2_f2", ["groups"]),
    ("Transposed: PyTorch padding, dilation and groups", "5x5", 2, "convt_k3_s2_p1_o1_f4_g2~convt_k2_d2_p1_f2",
     ["convt", "opad", "groups", "dilation"]),
    ("Transposed: Keras valid then same", "5x4", 1, "convt_k3_s2_pvalid_f2~convt_k2_s2_f1", ["convt", "convt-keras"]),
    ("Transposed: asymmetric crops", "6x6", 1, "convt_k4_s2_p0.1.0.1_f2~conv_k3_f1", ["convt", "asymmetric"]),
    ("Transposed: stride above the kernel (Keras valid zero-extends)", "4x4", 1, "convt_k2_s3_pvalid_f2~conv_k2",
     ["convt", "convt-keras"]),
    ("Encoder then decoder, receptive field stops at the convt", "16x16", 1,
     "conv_k3_s2_p1_f2~conv_k3_s2_p1_f4~convt_k4_s2_p1_f2~conv_k3_f2~convt_k4_s2_p1_f1", ["convt"]),
    ("1x1 convolutions only", "5x7", 3, "conv_k1_f2~conv_k1_s2_f4~conv_k1_f1", ["pointwise"]),
    ("Sixteen layers", "32x32", 1,
     "conv_k3_f1~conv_k3_f2~maxpool_k2~conv_k3_f1~conv_k3_s2_p1_f2~conv_k3_d2_f1~avgpool_k2_s1~conv_k1_f2"
     "~convt_k2_s2_p0_f1~conv_k1_f2~maxpool_k3_s1_p1~conv_k3_mreflect_f1~convt_k3_s2_p1_o1_f1~conv_k2_p0.1.0.1_f2"
     "~avgpool_k3_s2_p1_cip0~conv_k1_f1",
     ["sixteen", "convt", "avg", "cip0", "dilation", "mode-reflect", "asymmetric", "opad"]),
]

# (name, "HxW", C, net, expected code, 1-based layer[, fw])
INVALID = [
    ("Empty output: two valid 5x5 convs on 7x7", "7x7", 1, "conv_k5_pvalid~conv_k5_pvalid", "empty-output", 2),
    ("Empty output: three valid 2x2 pools on 4x4", "4x4", 1, "maxpool_k2_pvalid~maxpool_k2_pvalid~maxpool_k2_pvalid",
     "empty-output", 3),
    ("Empty output: transposed crops past the output", "2x2", 1, "conv_k1~convt_k3_p3", "empty-output", 2),
    ("Groups do not divide the channels", "6x6", 1, "conv_f4~conv_g3_f6", "groups", 2),
    ("Transposed groups do not divide", "6x6", 1, "conv_f3~convt_k2_s2_p0_g2_f4", "groups", 2),
    ("Output padding not below the stride", "5x5", 1, "conv_f2~convt_k3_p1_o1", "opad", 2),
    ("Keras same output padding equal to the stride", "4x4", 1, "convt_k3_s2_o2", "opad", 1),
    ("Average pool with dilation", "8x8", 1, "conv_f2~avgpool_k2_d2", "pool-dilation", 2),
    ("Pool pad past PyTorch's limit, PyTorch rules", "8x8", 1, "conv_k3_p1_f2~maxpool_k2_s2_p2", "pool-pad", 2,
     "torch"),
    ("Average pool pad past PyTorch's limit, PyTorch rules", "9x9", 1, "avgpool_k3_s2_p2", "pool-pad", 1, "torch"),
    ("Reflect past n-1 after a valid conv", "5x5", 1, "conv_k3_pvalid~conv_k5_p3_mreflect", "reflect-limit", 2),
    ("Circular past n", "4x4", 1, "maxpool_k2~conv_k5_p3_mcircular", "circular-limit", 2),
    ("Transposed with a reflect border", "4x4", 1, "convt_k2_s2_p0_mreflect", "convt-mode", 1),
    ("Transposed with Theano's full", "4x4", 1, "conv_f2~convt_k3_pfull", "convt-pad", 2),
    ("Causal pooling", "1x8", 1, "conv_k1x2_pcausal~maxpool_k1x2_pcausal", "pool-causal", 2),
]

# Shape-only: big inputs and channels, the network view's limits (512 cells, 256 channels).
SHAPE_ONLY = [
    ("AlexNet conv1 on 224", "224x224", 3, "conv_k11_s4_p0_f96", ["alexnet", "floor-drops"]),
    ("AlexNet conv1 on 227", "227x227", 3, "conv_k11_s4_p0_f96", ["alexnet"]),
    ("ResNet-18 stem and stage 2 on 224", "224x224", 3,
     "conv_k7_s2_p3_f64~maxpool_k3_s2_p1~conv_k3_p1_f64~conv_k3_p1_f64~conv_k3_s2_p1_f128~conv_k3_p1_f128",
     ["resnet-stem"]),
    ("ResNet-18 stem and stage 2 on 225", "225x225", 3,
     "conv_k7_s2_p3_f64~maxpool_k3_s2_p1~conv_k3_p1_f64~conv_k3_p1_f64~conv_k3_s2_p1_f128~conv_k3_p1_f128",
     ["resnet-stem", "floor-drops"]),
    ("VGG16 features on 224 (first 16 layers, channels capped at 256)", "224x224", 3,
     "conv_k3_p1_f64~conv_k3_p1_f64~maxpool_k2~conv_k3_p1_f128~conv_k3_p1_f128~maxpool_k2"
     "~conv_k3_p1_f256~conv_k3_p1_f256~conv_k3_p1_f256~maxpool_k2~conv_k3_p1_f256~conv_k3_p1_f256~conv_k3_p1_f256"
     "~maxpool_k2~conv_k3_p1_f256~conv_k3_p1_f256",
     ["vgg", "sixteen"]),
    ("U-Net (valid convs) on 512", "512x512", 1,
     "conv_k3_pvalid_f64~conv_k3_pvalid_f64~maxpool_k2_pvalid~conv_k3_pvalid_f128~conv_k3_pvalid_f128"
     "~maxpool_k2_pvalid~conv_k3_pvalid_f256~conv_k3_pvalid_f256~convt_k2_s2_p0_f128~conv_k3_pvalid_f128"
     "~conv_k3_pvalid_f128~convt_k2_s2_p0_f64~conv_k3_pvalid_f64~conv_k3_pvalid_f64~conv_k1_f2",
     ["unet", "convt"]),
]


def random_layer(rng, c, n_min):
    """One small random layer (a conv, pool or transposed layer) for a stack that stays small."""
    op = pick(rng, ["conv", "maxpool", "avgpool", "convt"], [5, 2, 2, 1])
    k = pick(rng, [1, 2, 3, 4, 5], [1, 3, 4, 1, 1])
    fields = [op, "k%d" % k]
    if op == "convt":
        fields += ["s2", pick(rng, ["p0", "p1", "psame", "pvalid", "p0.1.0.1"])]
        fields.append("f%d" % pick(rng, [1, 2]))
        return "_".join(fields)
    s = pick(rng, [1, 2, 3], [4, 3, 1]) if n_min > 6 else 1
    fields.append("s%d" % s)
    if op != "avgpool" and rng.random() < 0.2:
        fields.append("d2")
    fields.append(pick(rng, ["psame", "pvalid", "p1", "p0.1.1.0", "p1x0", "psame-lower", "pfull", "phalf"]
                       if op == "conv" else ["psame", "pvalid", "p1", "p0.1.1.0"]))
    if op == "conv":
        fields.append("f%d" % pick(rng, [1, 2, 3, 4]))
        mode = pick(rng, ["zeros", "reflect", "replicate", "circular", "symmetric"], [3, 1, 1, 1, 1])
        if mode != "zeros":
            fields.append("m" + mode)
        if c % 2 == 0 and rng.random() < 0.25:
            fields.append("g2")
    elif rng.random() < 0.3:
        fields.append("ceil")
    if op == "avgpool" and rng.random() < 0.4:
        fields.append("cip0")
    return "_".join(fields)
