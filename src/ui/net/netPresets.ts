/**
 * The network view's presets: well-known stacks whose shapes people look up
 * (issue 15). Each is a query fragment — the network's input `in`, its
 * channels `c`, the layers `net` and the skip pairs `skip` — read by the one
 * URL codec, so a preset is exactly the link a user could have typed.
 */

/** One preset: what its button says, and the link values it loads. */
export interface NetPreset {
  readonly id: string;
  readonly label: string;
  /** What to look at once loaded (shown beside the button; the e2e spec checks the shapes it names). */
  readonly note: string;
  /** `in`, `c`, `net` and `skip` of design.md's URL schema. */
  readonly query: { readonly in: string; readonly c: number; readonly net: string; readonly skip: string };
}

const CAUSAL = [1, 2, 4, 8].map((d) => `conv_k1x2_d1x${d}_pcausal_f4`).join('~');

export const NET_PRESETS: readonly NetPreset[] = [
  {
    id: 'resnet-stem',
    label: 'ResNet stem',
    note: '224 → 112 (7×7 stride 2, pad 3) → 56 (3×3 max pool, stride 2, pad 1).',
    query: { in: '224', c: 3, net: 'conv_k7_s2_p3_f64~maxpool_k3_s2_p1', skip: '' },
  },
  {
    id: 'vgg-block',
    label: 'VGG block',
    note: "Two 3×3 pad 1 convolutions keep 224; the 2×2 max pool halves it to 112.",
    query: { in: '224', c: 3, net: 'conv_k3_p1_f64~conv_k3_p1_f64~maxpool_k2_p0', skip: '' },
  },
  {
    id: 'alexnet-224',
    label: 'AlexNet conv1 on 224',
    note: '11×11 stride 4, no padding: (224 − 11) / 4 is not whole, floor drops 1 row and 1 column → 54×54, not the paper’s 55.',
    query: { in: '224', c: 3, net: 'conv_k11_s4_p0_f96', skip: '' },
  },
  {
    id: 'alexnet-227',
    label: 'AlexNet conv1 on 227',
    note: 'The input the numbers work for: (227 − 11) / 4 + 1 = 55 exactly, nothing dropped.',
    query: { in: '227', c: 3, net: 'conv_k11_s4_p0_f96', skip: '' },
  },
  {
    id: 'unet-odd',
    label: 'U-Net, two levels, odd input',
    note: 'On 37×37 the first pool drops a row and a column, so the way up comes back at 36: skip 1–8 joins 37 with 36. See the fixes below.',
    query: {
      in: '37',
      c: 1,
      net: 'conv_f8~maxpool_k2_p0~conv_f16~maxpool_k2_p0~conv_f32~convt_k2_s2_p0_f16~conv_f16~convt_k2_s2_p0_f8~conv_f8',
      skip: '3-6,1-8',
    },
  },
  {
    id: 'mobilenet',
    label: 'MobileNet depthwise block',
    note: 'A stride-2 3×3 convolution, a depthwise 3×3 (groups = channels = 32), a pointwise 1×1 to 64: 224 → 112.',
    query: { in: '224', c: 3, net: 'conv_k3_s2_p1_f32~conv_k3_p1_f32_g32~conv_k1_p0_f64', skip: '' },
  },
  {
    id: 'causal',
    label: 'Dilated causal stack',
    note: 'WaveNet-style: kernel 2 with dilation 1, 2, 4, 8 and causal padding keeps 64 samples and sees 16 back.',
    query: { in: '1x64', c: 1, net: CAUSAL, skip: '' },
  },
];
