/**
 * parseLayer against layer lines as they appear in public model code
 * (torchvision, CycleGAN/pix2pix, PyTorch-GAN, Keras applications and
 * examples, Keras 1 gists, TF tutorials, TF-Slim, the Theano tutorials):
 * every accepted line's whole patch is pinned, refusals are pinned by their
 * message, every patch is run through derivePlan, and random text never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config, type PadSpec } from '../core';
import { LIMITS } from '../core';
import { derivePlan } from '../core';
import { MAX_INPUT, parseLayer } from './parseLayer';

const P = (h: number, w = h) => ({ h, w });
const E = (top: number, bottom = top, left = top, right = bottom): PadSpec => ({ kind: 'explicit', top, bottom, left, right });
const same: PadSpec = { kind: 'same' };
const valid: PadSpec = { kind: 'valid' };
const T = { op: 'conv', framework: 'torch', flip: false, mode: 'zeros', groups: 1 } as const;
const K = { op: 'conv', framework: 'keras', flip: false, mode: 'zeros', groups: 1 } as const;
const TH = { op: 'conv', framework: 'theano', flip: true, mode: 'zeros', groups: 1 } as const;
/** A conv line whose groups are not a literal (PyTorch) or come from the filter tensor (tf.nn): groups kept. */
const T_ = { op: 'conv', framework: 'torch', flip: false, mode: 'zeros' } as const;
const K_ = { op: 'conv', framework: 'keras', flip: false, mode: 'zeros' } as const;

/** Pools: each framework's own rounding (only PyTorch has ceil_mode) and no dilation unless given. */
const TMAX = { op: 'maxpool', framework: 'torch', dilation: P(1), ceil: false } as const;
const TAVG = { op: 'avgpool', framework: 'torch', dilation: P(1), ceil: false, cip: true } as const;
const KMAX = { op: 'maxpool', framework: 'keras', dilation: P(1), ceil: false } as const;
const KAVG = { op: 'avgpool', framework: 'keras', dilation: P(1), ceil: false } as const;
/** stride 1, dilation 1: the default of every conv. */
const S1 = { stride: P(1), dilation: P(1) };

type Row = [source: string, line: string, recognized: string, patch: Partial<Config>, notes?: RegExp[]];

// prettier-ignore
const ACCEPTED: Row[] = [
  ['ResNet stem (torchvision 0.2)', 'nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3, bias=False)', 'PyTorch nn.Conv2d', { ...T, channels: 3, filters: 4, kernel: P(7), stride: P(2), dilation: P(1), pad: E(3) }, [/64 filters shown as 4 \(Padlab draws at most 4\)/, /bias ignored: no effect on padding/]],
  ['ResNet stem (torchvision)', 'self.conv1 = nn.Conv2d(3, self.inplanes, kernel_size=7, stride=2, padding=3, bias=False)', 'PyTorch nn.Conv2d', { ...T, channels: 3, kernel: P(7), stride: P(2), dilation: P(1), pad: E(3) }, [/`out_channels=self.inplanes` is not a literal: Padlab keeps its current filters/]],
  ['torchvision conv3x3', 'return nn.Conv2d(in_planes, out_planes, kernel_size=3, stride=stride, padding=dilation, groups=groups, bias=False, dilation=dilation)', 'PyTorch nn.Conv2d', { ...T_, kernel: P(3) }, [/`stride=stride` is not a literal/, /`padding=dilation` is not a literal/, /`groups=groups` is not a literal: Padlab keeps its current groups/]],
  ['torchvision conv1x1', 'return nn.Conv2d(in_planes, out_planes, kernel_size=1, stride=stride, bias=False)', 'PyTorch nn.Conv2d', { ...T, kernel: P(1), dilation: P(1), pad: valid }],
  ['torchvision AlexNet', 'nn.Conv2d(3, 64, kernel_size=11, stride=4, padding=2),', 'PyTorch nn.Conv2d', { ...T, channels: 3, filters: 4, kernel: P(11), stride: P(4), dilation: P(1), pad: E(2) }],
  ['torchvision VGG', 'conv2d = nn.Conv2d(in_channels, v, kernel_size=3, padding=1)', 'PyTorch nn.Conv2d', { ...T, kernel: P(3), ...S1, pad: E(1) }],
  ['PyTorch MNIST example', 'self.conv1 = nn.Conv2d(1, 32, 3, 1)', 'PyTorch nn.Conv2d', { ...T, channels: 1, filters: 4, kernel: P(3), ...S1, pad: valid }],
  ['DCGAN discriminator', 'nn.Conv2d(nc, ndf, 4, 2, 1, bias=False),', 'PyTorch nn.Conv2d', { ...T, kernel: P(4), stride: P(2), dilation: P(1), pad: E(1) }],
  ['PyTorch docs', 'm = nn.Conv2d(16, 33, (3, 5), stride=(2, 1), padding=(4, 2), dilation=(3, 1))', 'PyTorch nn.Conv2d', { ...T, channels: 4, filters: 4, kernel: P(3, 5), stride: P(2, 1), dilation: P(3, 1), pad: E(4, 4, 2, 2) }, [/16 channels shown as 4/, /33 filters shown as 4/]],
  ['Inception 1x7', 'nn.Conv2d(768, 192, kernel_size=(1, 7), padding=(0, 3))', 'PyTorch nn.Conv2d', { ...T, channels: 4, filters: 4, kernel: P(1, 7), ...S1, pad: E(0, 0, 3, 3) }],
  ['CycleGAN stem', 'nn.Conv2d(input_nc, ngf, kernel_size=7, padding=0, bias=use_bias),', 'PyTorch nn.Conv2d', { ...T, kernel: P(7), ...S1, pad: valid }],
  ['CycleGAN downsampling', 'model += [nn.Conv2d(ngf * mult, ngf * mult * 2, kernel_size=3, stride=2, padding=1, bias=use_bias),', 'PyTorch nn.Conv2d', { ...T, kernel: P(3), stride: P(2), dilation: P(1), pad: E(1) }, [/`in_channels=ngf \* mult` is not a literal/]],
  ['pix2pix U-Net', 'downconv = nn.Conv2d(outer_nc, inner_nc, kernel_size=4, stride=2, padding=1, bias=use_bias)', 'PyTorch nn.Conv2d', { ...T, kernel: P(4), stride: P(2), dilation: P(1), pad: E(1) }],
  ['SRCNN', 'self.conv1 = nn.Conv2d(num_channels, 64, kernel_size=9, padding=9 // 2)', 'PyTorch nn.Conv2d', { ...T, filters: 4, kernel: P(9), ...S1, pad: E(4) }],
  ['reflect padding_mode', "nn.Conv2d(64, 64, kernel_size=3, stride=1, padding=1, padding_mode='reflect')", 'PyTorch nn.Conv2d', { ...T, channels: 4, filters: 4, kernel: P(3), ...S1, pad: E(1), mode: 'reflect' }],
  ['circular padding_mode', 'nn.Conv2d(1, 1, 3, padding=1, padding_mode="circular", bias=False)', 'PyTorch nn.Conv2d', { ...T, channels: 1, filters: 1, kernel: P(3), ...S1, pad: E(1), mode: 'circular' }],
  ["PyTorch padding='same'", 'nn.Conv2d(32, 32, kernel_size=5, padding="same")', 'PyTorch nn.Conv2d', { ...T, channels: 4, filters: 4, kernel: P(5), ...S1, pad: same }],
  ['VQGAN Downsample', 'self.conv = torch.nn.Conv2d(in_channels, in_channels, kernel_size=3, stride=2, padding=0)', 'PyTorch nn.Conv2d', { ...T, kernel: P(3), stride: P(2), dilation: P(1), pad: valid }],
  ['MobileNetV2 (torch) depthwise', 'nn.Conv2d(hidden_dim, hidden_dim, 3, stride, 1, groups=hidden_dim, bias=False),', 'PyTorch nn.Conv2d', { ...T_, kernel: P(3), dilation: P(1), pad: E(1) }, [/`groups=hidden_dim` is not a literal/]],
  ['kernel over the limit', 'nn.Conv2d(1, 1, kernel_size=31)', 'PyTorch nn.Conv2d', { ...T, channels: 1, filters: 1, kernel: P(15), ...S1, pad: valid }, [/kernel 31 shown as 15 \(Padlab's limit\)/]],
  ['groups', 'nn.Conv2d(4, 4, 3, padding=1, groups=2)', 'PyTorch nn.Conv2d', { ...T, channels: 4, filters: 4, kernel: P(3), ...S1, pad: E(1), groups: 2 }],
  ['ResNeXt grouped conv (clamped)', 'nn.Conv2d(8, 8, 3, padding=1, groups=4)', 'PyTorch nn.Conv2d', { ...T, channels: 4, filters: 4, kernel: P(3), ...S1, pad: E(1), groups: 4 }, [/8 channels shown as 4/]],
  ['groups that no longer divide', 'nn.Conv2d(3, 6, 3, groups=3)', 'PyTorch nn.Conv2d', { ...T, channels: 3, filters: 4, kernel: P(3), ...S1, pad: valid, groups: 1 }, [/groups=3 shown as 1: Padlab's groups divide its 3 channel\(s\) and 4 filter\(s\)/]],
  ['torchvision Inception BasicConv2d', 'self.conv = nn.Conv2d(in_channels, out_channels, bias=False, **kwargs)', 'PyTorch nn.Conv2d', { op: 'conv', framework: 'torch', flip: false }, [/`\*\*kwargs` is not read/, /kernel_size is not given outright/]],
  ['CycleGAN reflection', "conv_block += [nn.ReflectionPad2d(1)]", 'PyTorch nn.ReflectionPad2d', { framework: 'torch', pad: E(1), mode: 'reflect' }, [/a padding layer sets only the border/]],
  ['CycleGAN stem pad', 'model = [nn.ReflectionPad2d(3)]', 'PyTorch nn.ReflectionPad2d', { framework: 'torch', pad: E(3), mode: 'reflect' }],
  ['CycleGAN replicate', 'conv_block += [nn.ReplicationPad2d(1)]', 'PyTorch nn.ReplicationPad2d', { framework: 'torch', pad: E(1), mode: 'replicate' }],
  ['PyTorch-GAN pix2pix', 'nn.ZeroPad2d((1, 0, 1, 0)),', 'PyTorch nn.ZeroPad2d', { framework: 'torch', pad: E(1, 0, 1, 0), mode: 'zeros' }],
  ['ConstantPad2d docs', 'm = nn.ConstantPad2d(2, 3.5)', 'PyTorch nn.ConstantPad2d', { framework: 'torch', pad: E(2), mode: 'constant', cval: 3.5 }],
  ['CircularPad2d', 'nn.CircularPad2d((1, 1, 2, 0))', 'PyTorch nn.CircularPad2d', { framework: 'torch', pad: E(2, 0, 1, 1), mode: 'circular' }],
  ['taming-transformers Downsample', 'x = torch.nn.functional.pad(x, (0, 1, 0, 1), mode="constant", value=0)', 'PyTorch F.pad', { framework: 'torch', pad: E(0, 1, 0, 1), mode: 'constant', cval: 0 }],
  ['F.pad reflect', "F.pad(x, (1, 2, 3, 4), mode='reflect')", 'PyTorch F.pad', { framework: 'torch', pad: E(3, 4, 1, 2), mode: 'reflect' }],
  ['F.pad value', 'F.pad(x, (1, 2, 3, 4), value=-1.5)', 'PyTorch F.pad', { framework: 'torch', pad: E(3, 4, 1, 2), mode: 'constant', cval: -1.5 }],
  ['F.pad last dim only', "out = F.pad(input, (2, 2), 'circular')", 'PyTorch F.pad', { framework: 'torch', pad: E(0, 0, 2, 2), mode: 'circular' }],
  ['timm pad_same', 'x = F.pad(x, [pad_w // 2, pad_w - pad_w // 2, pad_h // 2, pad_h - pad_h // 2], value=value)', 'PyTorch F.pad', { framework: 'torch' }, [/`pad=\[pad_w \/\/ 2.*` is not a literal/, /`value=value` is not a literal/]],
  ['nn.Conv2d forward', 'return F.conv2d(input, weight, self.bias, self.stride, self.padding, self.dilation, self.groups)', 'PyTorch F.conv2d', { ...T_ }, [/kernel size, channels and filters come from the weight tensor/, /`stride=self.stride` is not a literal/]],
  ['F.conv2d literal', 'y = F.conv2d(x, w, stride=2, padding=1)', 'PyTorch F.conv2d', { ...T, stride: P(2), dilation: P(1), pad: E(1) }],
  ['Keras VGG16', "x = layers.Conv2D(64, (3, 3), activation='relu', padding='same', name='block1_conv1')(img_input)", 'Keras Conv2D', { ...K, filters: 4, kernel: P(3), ...S1, pad: same }, [/activation, name ignored: no effect on padding/]],
  ['Keras 1 VGG16 gist', "model.add(Convolution2D(64, 3, 3, activation='relu'))", 'Keras 1 Convolution2D', { ...K, filters: 4, kernel: P(3), ...S1, pad: valid }],
  ['Keras 1 VGG16 gist pad', 'model.add(ZeroPadding2D((1,1),input_shape=(3,224,224)))', 'Keras ZeroPadding2D', { framework: 'keras', mode: 'zeros', pad: E(1) }, [/input_shape ignored/]],
  ['Keras 1 cifar10_cnn', "model.add(Convolution2D(32, 3, 3, border_mode='same', input_shape=X_train.shape[1:]))", 'Keras 1 Convolution2D', { ...K, filters: 4, kernel: P(3), ...S1, pad: same }],
  ['Keras 1 mnist_cnn', "model.add(Convolution2D(nb_filters, kernel_size[0], kernel_size[1], border_mode='valid', input_shape=input_shape))", 'Keras 1 Convolution2D', { ...K, ...S1, pad: valid }, [/`nb_row=kernel_size\[0\]` is not a literal/]],
  ['Keras 1 strided', "Convolution2D(64, 3, 3, border_mode='same', subsample=(2, 2))", 'Keras 1 Convolution2D', { ...K, filters: 4, kernel: P(3), stride: P(2), dilation: P(1), pad: same }],
  ['Keras 1 on Theano', "model.add(Convolution2D(32, 3, 3, border_mode='full'))", 'Keras 1 Convolution2D', { ...K, filters: 4, kernel: P(3), ...S1, pad: { kind: 'full' } }, [/only on Keras 1's Theano backend/]],
  ['Keras 0.x cifar10', "model.add(Convolution2D(32, 3, 3, 3, border_mode='full'))", 'Keras 1 Convolution2D', { ...K, filters: 4, channels: 3, kernel: P(3), ...S1, pad: { kind: 'full' } }, [/Keras 0.x/]],
  ['Keras 1 atrous', "AtrousConvolution2D(64, 3, 3, atrous_rate=(2, 2), border_mode='valid')", 'Keras 1 AtrousConvolution2D', { ...K, filters: 4, kernel: P(3), stride: P(1), dilation: P(2), pad: valid }],
  ['Keras mnist_cnn', "model.add(Conv2D(32, kernel_size=(3, 3), activation='relu', input_shape=input_shape))", 'Keras Conv2D', { ...K, filters: 4, kernel: P(3), ...S1, pad: valid }],
  ['Keras ResNet50 pad', "x = layers.ZeroPadding2D(padding=((3, 3), (3, 3)), name='conv1_pad')(img_input)", 'Keras ZeroPadding2D', { framework: 'keras', mode: 'zeros', pad: E(3) }],
  ['Keras ResNet50 conv', "x = layers.Conv2D(64, 7, strides=2, use_bias=use_bias, name='conv1_conv')(x)", 'Keras Conv2D', { ...K, filters: 4, kernel: P(7), stride: P(2), dilation: P(1), pad: valid }],
  ['Keras MobileNet pad', "x = layers.ZeroPadding2D(padding=((0, 1), (0, 1)), name='conv1_pad')(inputs)", 'Keras ZeroPadding2D', { framework: 'keras', mode: 'zeros', pad: E(0, 1, 0, 1) }],
  ['Keras ZeroPadding2D per axis', 'ZeroPadding2D((1, 2))', 'Keras ZeroPadding2D', { framework: 'keras', mode: 'zeros', pad: E(1, 1, 2, 2) }],
  ['Keras MobileNetV2 depthwise', "x = layers.DepthwiseConv2D(kernel_size=3, strides=stride, activation=None, use_bias=False, padding='same' if stride == 1 else 'valid', name=prefix + 'depthwise')(x)", 'Keras DepthwiseConv2D', { ...K, filters: 1, kernel: P(3), dilation: P(1) }, [/one group per channel: groups = channels = 1/, /`strides=stride` is not a literal/, /`padding='same' if stride == 1 else 'val…` is not a literal/]],
  ['Keras Xception', "x = layers.SeparableConv2D(128, (3, 3), padding='same', use_bias=False, name='block2_sepconv1')(x)", 'Keras SeparableConv2D', { ...K, filters: 4, kernel: P(3), ...S1, pad: same }, [/depthwise step/]],
  ['Keras 2 strides given by position', "Conv2D(64, 3, 3, padding='same')", 'Keras Conv2D', { ...K, filters: 4, kernel: P(3), stride: P(3), dilation: P(1), pad: same }, [/third number is read as strides/]],
  ['DeepLab ASPP', "Conv2D(256, 3, dilation_rate=6, padding='same')", 'Keras Conv2D', { ...K, filters: 4, kernel: P(3), stride: P(1), dilation: P(6), pad: same }],
  ['tf.keras keywords', "tf.keras.layers.Conv2D(filters=32, kernel_size=(3, 3), strides=(2, 1), padding='valid')", 'Keras Conv2D', { ...K, filters: 4, kernel: P(3), stride: P(2, 1), dilation: P(1), pad: valid }],
  ['TF pix2pix downsample', "result.add(tf.keras.layers.Conv2D(filters, size, strides=2, padding='same', kernel_initializer=initializer, use_bias=False))", 'Keras Conv2D', { ...K, stride: P(2), dilation: P(1), pad: same }, [/`kernel_size=size` is not a literal/]],
  ['Keras DeepLabV3+ example', 'x = layers.Conv2D(\n    num_filters,\n    kernel_size=kernel_size,\n    dilation_rate=dilation_rate,\n    padding="same",  # keep size\n    use_bias=use_bias,\n    kernel_initializer=keras.initializers.HeNormal(),\n)(block_input)', 'Keras Conv2D', { ...K, stride: P(1), pad: same }],
  ['TF MNIST tutorial', "  return tf.nn.conv2d(x, W, strides=[1, 1, 1, 1], padding='SAME')", 'TensorFlow tf.nn.conv2d', { ...K_, ...S1, pad: same }, [/come from the filter tensor/]],
  ['tf.nn.conv2d VALID', "tf.nn.conv2d(input, filters, strides=[1, 2, 2, 1], padding='VALID')", 'TensorFlow tf.nn.conv2d', { ...K_, stride: P(2), dilation: P(1), pad: valid }],
  ['tf.nn.conv2d explicit', 'tf.nn.conv2d(x, w, strides=1, padding=[[0, 0], [1, 2], [3, 4], [0, 0]])', 'TensorFlow tf.nn.conv2d', { ...K_, ...S1, pad: E(1, 2, 3, 4) }],
  ['tf.nn.conv2d NCHW', "tf.nn.conv2d(x, w, strides=[1, 1, 2, 2], padding='SAME', data_format='NCHW')", 'TensorFlow tf.nn.conv2d', { ...K_, stride: P(2), dilation: P(1), pad: same }],
  ['DeepLab atrous', "tf.nn.atrous_conv2d(x, w, rate=2, padding='SAME')", 'TensorFlow tf.nn.atrous_conv2d', { ...K_, stride: P(1), dilation: P(2), pad: same }],
  ['CycleGAN-TF reflect', "tf.pad(x, [[0, 0], [3, 3], [3, 3], [0, 0]], 'REFLECT')", 'TensorFlow tf.pad', { framework: 'keras', pad: E(3), mode: 'reflect' }],
  ['tf.pad symmetric', "tf.pad(x, [[0,0],[1,1],[2,2],[0,0]], mode='SYMMETRIC')", 'TensorFlow tf.pad', { framework: 'keras', pad: E(1, 1, 2, 2), mode: 'symmetric' }],
  ['tf.pad constant', 'tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]], constant_values=-1)', 'TensorFlow tf.pad', { framework: 'keras', pad: E(1), mode: 'constant', cval: -1 }],
  ['Keras Lambda reflect', "x = Lambda(lambda x: tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]], mode='REFLECT'))(x)", 'TensorFlow tf.pad', { framework: 'keras', pad: E(1), mode: 'reflect' }],
  ['TF Estimator MNIST', 'conv1 = tf.layers.conv2d(inputs=input_layer, filters=32, kernel_size=[5, 5], padding="same", activation=tf.nn.relu)', 'TensorFlow tf.layers.conv2d', { ...K, filters: 4, kernel: P(5), ...S1, pad: same }],
  ['TF-Slim Inception', "net = slim.conv2d(inputs, 32, [3, 3], stride=2, scope='Conv2d_1a_3x3')", 'TF-Slim conv2d', { ...K, filters: 4, kernel: P(3), stride: P(2), dilation: P(1), pad: same }, [/arg_scope/]],
  ['Theano LeNet tutorial', 'conv_out = conv2d(input=input, filters=self.W, filter_shape=filter_shape, input_shape=image_shape)', 'Theano conv2d', { ...TH, ...S1, pad: valid }, [/`conv2d` read as Theano conv2d/]],
  ['Theano old conv module', 'conv_out = conv.conv2d(input=input, filters=self.W, filter_shape=(20, 1, 5, 5), image_shape=(500, 1, 28, 28))', 'Theano conv2d', { ...TH, filters: 4, channels: 1, kernel: P(5), ...S1, pad: valid }],
  ['Theano half, no flip', "T.nnet.conv2d(x, W, border_mode='half', subsample=(2, 2), filter_flip=False)", 'Theano conv2d', { ...TH, flip: false, stride: P(2), dilation: P(1), pad: { kind: 'half' } }],
  // Pooling: a stride that is not given is the window (every framework); Keras' window defaults to 2×2.
  ['ResNet stem pool (torchvision)', 'self.maxpool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)', 'PyTorch nn.MaxPool2d', { ...TMAX, kernel: P(3), stride: P(2), pad: E(1) }],
  ['MaxPool2d ceil_mode', 'nn.MaxPool2d(3, stride=2, padding=1, ceil_mode=True)', 'PyTorch nn.MaxPool2d', { ...TMAX, kernel: P(3), stride: P(2), pad: E(1), ceil: true }],
  ['GoogLeNet (torchvision)', 'self.maxpool1 = nn.MaxPool2d(3, 2, ceil_mode=True)', 'PyTorch nn.MaxPool2d', { ...TMAX, kernel: P(3), stride: P(2), pad: valid, ceil: true }],
  ['AvgPool2d without the padding in the divisor', 'nn.AvgPool2d(2, count_include_pad=False)', 'PyTorch nn.AvgPool2d', { ...TAVG, kernel: P(2), stride: P(2), pad: valid, cip: false }],
  ['DenseNet transition (torchvision)', "self.add_module('pool', nn.AvgPool2d(kernel_size=2, stride=2))", 'PyTorch nn.AvgPool2d', { ...TAVG, kernel: P(2), stride: P(2), pad: valid }],
  ['PyTorch MNIST example', 'x = F.max_pool2d(x, 2)', 'PyTorch F.max_pool2d', { ...TMAX, kernel: P(2), stride: P(2), pad: valid }],
  ['F.avg_pool2d keywords', 'F.avg_pool2d(x, kernel_size=3, stride=1, padding=1, count_include_pad=False)', 'PyTorch F.avg_pool2d', { ...TAVG, kernel: P(3), stride: P(1), pad: E(1), cip: false }],
  ['torch.max_pool2d dilated', 'torch.max_pool2d(x, (3, 2), stride=(2, 1), padding=(1, 0), dilation=2)', 'PyTorch F.max_pool2d', { ...TMAX, kernel: P(3, 2), stride: P(2, 1), dilation: P(2), pad: E(1, 1, 0, 0) }],
  ['Keras same pooling', "MaxPooling2D(pool_size=(2,2), strides=2, padding='same')", 'Keras MaxPooling2D', { ...KMAX, kernel: P(2), stride: P(2), pad: same }],
  ['Keras VGG16 pool', "x = layers.MaxPooling2D((2, 2), strides=(2, 2), name='block1_pool')(x)", 'Keras MaxPooling2D', { ...KMAX, kernel: P(2), stride: P(2), pad: valid }, [/name ignored/]],
  ['Keras ResNet50 pool', "x = layers.MaxPooling2D(3, strides=2, name='pool1_pool')(x)", 'Keras MaxPooling2D', { ...KMAX, kernel: P(3), stride: P(2), pad: valid }],
  ['Keras defaults', 'AveragePooling2D()', 'Keras AveragePooling2D', { ...KAVG, kernel: P(2), stride: P(2), pad: valid }],
  ['Keras alias', "tf.keras.layers.AvgPool2D(pool_size=3, strides=1, padding='same')", 'Keras AvgPool2D', { ...KAVG, kernel: P(3), stride: P(1), pad: same }],
  ['Keras 1 cifar10_cnn', "model.add(MaxPooling2D(pool_size=(2, 2), border_mode='same', dim_ordering='tf'))", 'Keras 1 MaxPooling2D', { ...KMAX, kernel: P(2), stride: P(2), pad: same }],
  ['TF MNIST tutorial pool', "  return tf.nn.max_pool(x, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding='SAME')", 'TensorFlow tf.nn.max_pool', { ...KMAX, kernel: P(2), stride: P(2), pad: same }],
  ['tf.nn.max_pool2d', "tf.nn.max_pool2d(x, ksize=3, strides=2, padding='SAME')", 'TensorFlow tf.nn.max_pool2d', { ...KMAX, kernel: P(3), stride: P(2), pad: same }],
  ['tf.nn.avg_pool2d positional', "tf.nn.avg_pool2d(x, 2, 2, 'VALID')", 'TensorFlow tf.nn.avg_pool2d', { ...KAVG, kernel: P(2), stride: P(2), pad: valid }],
  ['TF Estimator MNIST pool', 'pool1 = tf.layers.max_pooling2d(inputs=conv1, pool_size=[2, 2], strides=2)', 'TensorFlow tf.layers.max_pooling2d', { ...KMAX, kernel: P(2), stride: P(2), pad: valid }],
];

type Refusal = [line: string, message: RegExp[]];

// prettier-ignore
const REFUSED: Refusal[] = [
  ['self.fc = nn.Linear(512 * block.expansion, num_classes)', [/^`nn.Linear` is not a 2-D convolution, padding or pooling layer; Padlab reads PyTorch nn.Conv2d/]],
  ['nn.MaxPool1d(2)', [/`MaxPool1d` is 1-D/]],
  ['self.conv1 = nn.Conv3d(3, 64, kernel_size=(3, 7, 7), stride=(1, 2, 2), padding=(1, 3, 3))', [/Padlab shows 2-D layers; `Conv3d` is 3-D/]],
  ["Conv2D(64, 3, padding='causal')", [/`padding='causal'` is for 1-D convolutions \(Conv1D\) only/]],
  ['self.avgpool = nn.AdaptiveAvgPool2d((1, 1))', [/pools the whole input or to a set output size/]],
  ['x = layers.GlobalAveragePooling2D()(x)', [/pools the whole input or to a set output size/]],
  ['nn.MaxPool1d(3)', [/Padlab shows 2-D layers; `MaxPool1d` is 1-D/]],
  ['nn.LPPool2d(2, 3)', [/is not max or average pooling with a fixed window/]],
  ["nn.MaxPool2d(3, padding='same')", [/raises TypeError: max_pool2d\(\): argument 'padding' \(position 4\) must be tuple of ints, not str/]],
  ['tf.nn.avg_pool2d(x, 2, 2, [[0, 0], [1, 1], [1, 1], [0, 0]])', [/tf.nn.avg_pool2d takes 'SAME' or 'VALID' only/]],
  ['tf.nn.max_pool2d(x, 2)', [/tf.nn.max_pool2d needs strides; it is missing/]],
  ["nn.Conv2d(1, 1, kernel_size='3')", [/`kernel_size='3'` is a string: kernel_size takes an integer or a pair like \(3, 3\)/]],
  ['nn.Conv2d(3, 64, kernel_size=0)', [/`kernel_size=0` must be at least 1/]],
  ['nn.Conv2d(3, 64, kernel_size=3, stride=-1)', [/`stride=-1` must be at least 1/]],
  ['nn.Conv2d(3, 64, kernel_size=3.5)', [/`kernel_size=3.5` is not a whole number/]],
  ['F.pad(x, (-1, -1, -1, -1))', [/negative pad: that crops/]],
  ["nn.Conv2d(3, 64, 3, padding='SAME')", [/PyTorch takes 'same', 'valid'/]],
  ["nn.Conv2d(3, 64, 3, padding_mode='symmetric')", [/`padding_mode='symmetric'` is not understood: padding_mode takes one of 'zeros', 'reflect', 'replicate', 'circular'/]],
  ['nn.Conv2d(3, 64 kernel_size=3)', [/column 17/, /`kernel_size`/]],
  ['nn.Conv2d(3, 64, 3', [/The call opened at column 10 is never closed/]],
  ["nn.Conv2d(3, 64, 3, padding='same)", [/never closed/, /column 29/]],
  ["tf.nn.conv2d(x, W, strides=[2, 2, 2, 2], padding='SAME')", [/not 1 on the batch and channel axes/]],
  ['tf.pad(x, [[1, 1], [1, 1], [1, 1], [0, 0]])', [/pads the batch or channel axis/]],
  ['model = [nn.ReflectionPad2d(3), nn.Conv2d(input_nc, ngf, kernel_size=7, padding=0), nn.ReLU(True)]', [/one layer at a time/]],
  ['nn.ReflectionPad2d((1, 1))', [/has 2 values: PyTorch takes \(left, right, top, bottom\)/]],
  ['Conv2D(64, (3, 3, 3))', [/does not fit a 2-D layer/]],
  ["nn.Conv2d(3, 64, 3, 1, 1, 1, 1, True, 'zeros', None, None, 7)", [/takes at most 11 positional arguments: `7` at column 60/]],
  ['x = keras.layers.Cropping2D(cropping=((0, 1), (0, 1)))(x)', [/crops, it does not pad/]],
  ['nn.Conv2d(3, 64, 3, padding=1, padding=2)', [/got two values for padding/]],
  ["np.pad(img, ((1, 1), (1, 1)), mode='edge')", [/numpy/]],
  ['nn.Conv2d(3, 64, 3)\nnn.Conv2d(64, 64, 3)', [/one layer at a time/, /line 2, column 1/]],
  ['', [/empty/]],
  ['hello world', [/unexpected `world` at column 7/]],
];

/** Every backtick-quoted piece of user text in a message is at most 40 characters. */
const quotesShort = (message: string) => [...message.matchAll(/`([^`]*)`/g)].every((m) => (m[1] ?? '').length <= 40);

describe('parseLayer: real-world lines', () => {
  it.each(ACCEPTED)('%s', (_source, line, recognized, patch, notes = []) => {
    const r = parseLayer(line, DEFAULT_CONFIG);
    if (!r.ok) throw new Error(r.message);
    expect(r.recognized).toBe(recognized);
    expect(r.patch).toEqual(patch);
    for (const note of notes) expect(r.notes.join('\n')).toMatch(note);
    expect(r.ignored).toEqual([]);
  });

  it.each(REFUSED)('refuses %j', (line, patterns) => {
    const r = parseLayer(line, DEFAULT_CONFIG);
    if (r.ok) throw new Error(`accepted: ${JSON.stringify(r.patch)}`);
    for (const p of patterns) expect(r.message).toMatch(p);
    expect(quotesShort(r.message)).toBe(true);
  });

  it('lists argument names it did not understand', () => {
    const r = parseLayer('nn.Conv2d(3, 8, 3, padding=1, foo=2, bar=None)', DEFAULT_CONFIG);
    expect(r.ok && r.ignored).toEqual(['foo', 'bar']);
  });

  it('clamps explicit pads and notes explicit kernel values that no longer fit', () => {
    const base: Config = { ...DEFAULT_CONFIG, w: { kind: 'values', values: Array(9).fill(1) } };
    const r = parseLayer('nn.Conv2d(1, 1, 5, padding=40)', base);
    expect(r.ok && r.patch.pad).toEqual(E(32));
    expect(r.ok && r.notes.join('\n')).toMatch(/padding 40 shown as 32[\s\S]*kernel values no longer fit/);
  });

  it('k 3 -> 5 with 9 typed kernel values and c 1 -> 2 with 25 typed inputs: notes say applying swaps in the default presets', () => {
    const base: Config = { ...DEFAULT_CONFIG, x: { kind: 'values', values: Array(25).fill(1) }, w: { kind: 'values', values: Array(9).fill(1) } };
    const r = parseLayer('nn.Conv2d(2, 1, 5)', base);
    // 1·2·5·5 = 50 kernel values, 2·5·5 = 50 inputs; the store's applyEdit puts ones / ramp in their place.
    expect(r.ok && r.notes).toEqual(
      expect.arrayContaining([
        'your 9 typed kernel values no longer fit the new shape (F×C×KH×KW = 1×2×5×5, 50 values): applying replaces them with the ones preset',
        'your 25 typed input values no longer fit the new shape (C×H×W = 2×5×5, 50 values): applying replaces them with the ramp preset',
      ]),
    );
  });

  it('keeps echoed user text short, and refuses pastes that are not one line', () => {
    const r = parseLayer(`nn.${'X'.repeat(300)}(1)`, DEFAULT_CONFIG);
    expect(!r.ok && r.message.length).toBeLessThan(600);
    expect(!r.ok && quotesShort(r.message) && r.message.includes('…')).toBe(true);
    const long = parseLayer('nn.Conv2d(1, 1, 3)  ' + ' '.repeat(MAX_INPUT), DEFAULT_CONFIG);
    expect(!long.ok && long.message).toMatch(/paste one layer line/);
  });
});

describe('parseLayer: pooling', () => {
  it('a bare max_pool2d is PyTorch unless it looks like TensorFlow (ksize, upper-case padding)', () => {
    const torch = parseLayer('max_pool2d(x, 3, 2)', DEFAULT_CONFIG);
    expect(torch.ok && [torch.recognized, torch.patch.stride]).toEqual(['PyTorch F.max_pool2d', P(2)]);
    expect(torch.ok && torch.notes.join('\n')).toMatch(/`max_pool2d` read as PyTorch F.max_pool2d/);
    const tf = parseLayer("max_pool2d(x, ksize=2, strides=2, padding='SAME')", DEFAULT_CONFIG);
    expect(tf.ok && [tf.recognized, tf.patch.pad]).toEqual(['TensorFlow tf.nn.max_pool2d', same]);
  });

  it('typed kernel values: a pool has none, applying swaps in the default preset; divisor_override is not shown', () => {
    const base: Config = { ...DEFAULT_CONFIG, w: { kind: 'values', values: Array(9).fill(1) } };
    const r = parseLayer('nn.AvgPool2d(3, divisor_override=4)', base);
    expect(r.ok && r.notes).toEqual(
      expect.arrayContaining([
        'a pooling layer has no kernel values: applying replaces your 9 typed ones with the ones preset',
        '`divisor_override=4` is not shown: Padlab divides by the window\'s counted cells',
      ]),
    );
  });

  it('a convolution pasted over a pool sets op back to conv; a padding layer keeps the pool', () => {
    const pool: Config = { ...DEFAULT_CONFIG, op: 'maxpool', stride: P(3) };
    expect(parseLayer('nn.Conv2d(1, 1, 3)', pool)).toMatchObject({ ok: true, patch: { op: 'conv' } });
    const pad = parseLayer('nn.ZeroPad2d(1)', pool);
    expect(pad.ok && 'op' in pad.patch).toBe(false);
  });

  it('MaxPool2d(3, stride=2, padding=2) reads as written; the Plan then says PyTorch refuses pad 2 > 3 // 2', () => {
    const r = parseLayer('nn.MaxPool2d(3, stride=2, padding=2)', DEFAULT_CONFIG);
    const plan = derivePlan({ ...DEFAULT_CONFIG, ...(r.ok ? r.patch : {}) });
    expect(!plan.ok && plan.code).toBe('pool-pad');
  });
});

describe('parseLayer patches and derivePlan', () => {
  it.each(ACCEPTED)('%s: derivePlan gives a Plan or a clear Invalid', (_source, line) => {
    const r = parseLayer(line, DEFAULT_CONFIG);
    if (!r.ok) throw new Error(r.message);
    const plan = derivePlan({ ...DEFAULT_CONFIG, ...r.patch });
    if (!plan.ok) expect(plan.message.length).toBeGreaterThan(20);
  });

  it('AlexNet on the 5×5 default input is a clear Invalid (empty output), the ResNet stem a Plan', () => {
    const plan = (line: string) => {
      const r = parseLayer(line, DEFAULT_CONFIG);
      return derivePlan({ ...DEFAULT_CONFIG, ...(r.ok ? r.patch : {}) });
    };
    const alex = plan('nn.Conv2d(3, 64, kernel_size=11, stride=4, padding=2)');
    expect(!alex.ok && alex.code).toBe('empty-output');
    const resnet = plan('nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3, bias=False)');
    expect(resnet.ok && [resnet.h.out, resnet.w.out, resnet.filters]).toEqual([3, 3, 4]);
  });
});

describe('parseLayer never throws', () => {
  const pieces = ['nn.Conv2d', 'Conv2D', 'F.pad', 'tf.pad', 'tf.nn.conv2d', 'conv2d', 'ZeroPadding2D', 'Convolution2D', 'nn.MaxPool2d', 'AveragePooling2D', 'tf.nn.max_pool2d', 'max_pool2d', 'ceil_mode=True', 'count_include_pad', 'ksize', '(', ')', '[', ']', ',', '=', ' ', '\n', '\\\n', '#', "'", '"', 'same', "'SAME'", "'reflect'", 'padding', 'kernel_size', 'stride', 'x', '3', '-1', '0', '2.5', '1e400', '0x1f', '//', '**', '*', '.', ':', 'lambda', 'if', 'else', 'None', 'True', '((1, 2), (3, 4))', '[[0,0],[1,1],[1,1],[0,0]]', '{', '+='];
  const grammarish = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

  it('returns ok with in-limit values, or a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), grammarish, fc.string({ unit: 'binary', maxLength: 80 })), (text) => {
        const r = parseLayer(text, DEFAULT_CONFIG);
        if (!r.ok) {
          expect(r.message).not.toMatch(/internal error/);
          expect(quotesShort(r.message)).toBe(true);
          return;
        }
        const { kernel, stride, pad, filters } = r.patch;
        if (kernel) expect(Math.max(kernel.h, kernel.w)).toBeLessThanOrEqual(LIMITS.kernel.max);
        if (stride) expect(Math.min(stride.h, stride.w)).toBeGreaterThanOrEqual(1);
        if (filters !== undefined) expect(filters).toBeLessThanOrEqual(LIMITS.filters.max);
        if (pad?.kind === 'explicit') expect(Math.max(pad.top, pad.bottom, pad.left, pad.right)).toBeLessThanOrEqual(LIMITS.pad.max);
      }),
      { numRuns: 3000 },
    );
  });
});
