/**
 * The pasted-model corpus, part 2 (model/corpus.ts): tutorial and example
 * code — LeNet and the Keras MNIST examples, TF tutorials, MobileNet,
 * SqueezeNet, WaveNet, TF 1 / TF-Slim, Keras 1, Theano, and paste styles
 * (nested Sequentials, functional pads) — with facts read off the source by hand.
 */
import type { ModelCase } from './corpus';

export const TUTORIAL_MODELS: readonly ModelCase[] = [
  {
    name: 'LeNet-5 in Keras (model.add)',
    src: `model = Sequential()
model.add(Conv2D(6, kernel_size=(5, 5), activation='tanh', input_shape=(32, 32, 1)))
model.add(AveragePooling2D(pool_size=(2, 2)))
model.add(Conv2D(16, kernel_size=(5, 5), activation='tanh'))
model.add(AveragePooling2D(pool_size=(2, 2)))
model.add(Flatten())
model.add(Dense(120, activation='tanh'))
model.add(Dense(84, activation='tanh'))
model.add(Dense(10, activation='softmax'))`,
    layers: ['conv_k5_s1_p0_f6', 'avgpool_k2_s2_p0', 'conv_k5_p0_f16', 'avgpool_k2_s2'],
    end: 'Flatten',
    input: { channels: 1, size: { h: 32, w: 32 } },
    style: 'Keras model.add',
  },
  {
    name: 'Keras mnist_cnn.py (Keras 2 example, with imports and compile)',
    src: `from keras.models import Sequential
from keras.layers import Dense, Dropout, Flatten
from keras.layers import Conv2D, MaxPooling2D

model = Sequential()
model.add(Conv2D(32, kernel_size=(3, 3),
                 activation='relu',
                 input_shape=input_shape))
model.add(Conv2D(64, (3, 3), activation='relu'))
model.add(MaxPooling2D(pool_size=(2, 2)))
model.add(Dropout(0.25))
model.add(Flatten())
model.add(Dense(128, activation='relu'))
model.add(Dropout(0.5))
model.add(Dense(num_classes, activation='softmax'))

model.compile(loss=keras.losses.categorical_crossentropy,
              optimizer=keras.optimizers.Adadelta(),
              metrics=['accuracy'])`,
    layers: ['conv_k3_p0_f32', 'conv_k3_p0_f64', 'maxpool_k2_s2_p0'],
    passthrough: ['Dropout'],
    end: 'Flatten',
  },
  {
    name: 'TF tutorial CNN (Sequential list, input_shape)',
    src: `model = models.Sequential([
    layers.Conv2D(32, (3, 3), activation='relu', input_shape=(32, 32, 3)),
    layers.MaxPooling2D((2, 2)),
    layers.Conv2D(64, (3, 3), activation='relu'),
    layers.MaxPooling2D((2, 2)),
    layers.Conv2D(64, (3, 3), activation='relu'),
    layers.Flatten(),
    layers.Dense(64, activation='relu'),
    layers.Dense(10)
])`,
    layers: ['conv_k3_p0_f32', 'maxpool_k2_s2', 'conv_k3_f64', 'maxpool_k2_s2', 'conv_k3_f64'],
    end: 'Flatten',
    input: { channels: 3, size: { h: 32, w: 32 } },
    style: 'Keras Sequential',
  },
  {
    name: 'Keras mnist_convnet (keras.Input in the list, trailing commas)',
    src: `model = keras.Sequential(
    [
        keras.Input(shape=(28, 28, 1)),
        layers.Conv2D(32, kernel_size=(3, 3), activation="relu"),
        layers.MaxPooling2D(pool_size=(2, 2)),
        layers.Conv2D(64, kernel_size=(3, 3), activation="relu"),
        layers.MaxPooling2D(pool_size=(2, 2)),
        layers.Flatten(),
        layers.Dropout(0.5),
        layers.Dense(num_classes, activation="softmax"),
    ]
)`,
    layers: ['conv_k3_f32', 'maxpool_k2_s2', 'conv_k3_f64', 'maxpool_k2_s2'],
    end: 'Flatten',
    input: { channels: 1, size: { h: 28, w: 28 } },
  },
  {
    name: 'TF image classification tutorial (Rescaling(1./255))',
    src: `model = Sequential([
  layers.Rescaling(1./255, input_shape=(img_height, img_width, 3)),
  layers.Conv2D(16, 3, padding='same', activation='relu'),
  layers.MaxPooling2D(),
  layers.Conv2D(32, 3, padding='same', activation='relu'),
  layers.MaxPooling2D(),
  layers.Conv2D(64, 3, padding='same', activation='relu'),
  layers.MaxPooling2D(),
  layers.Flatten(),
  layers.Dense(128, activation='relu'),
  layers.Dense(num_classes)
])`,
    layers: ['conv_k3_psame_f16', 'maxpool_k2_s2_p0', 'conv_k3_psame_f32', 'maxpool_k2_s2', 'conv_k3_psame_f64', 'maxpool_k2_s2'],
    passthrough: ['Rescaling'],
    end: 'Flatten',
    input: { channels: 3 },
  },
  {
    name: 'tf.keras.Sequential with ZeroPadding2D (folded into the conv)',
    src: `model = tf.keras.Sequential([
    tf.keras.layers.ZeroPadding2D(padding=(3, 3), input_shape=(224, 224, 3)),
    tf.keras.layers.Conv2D(64, (7, 7), strides=(2, 2)),
    tf.keras.layers.BatchNormalization(axis=3),
    tf.keras.layers.Activation('relu'),
    tf.keras.layers.MaxPooling2D((3, 3), strides=(2, 2)),
])`,
    layers: ['conv_k7_s2_p3_f64', 'maxpool_k3_s2_p0'],
    passthrough: ['BatchNormalization', 'Activation'],
    input: { channels: 3, size: { h: 224, w: 224 } },
  },
  {
    name: 'Keras ResNet50 stem (functional, ZeroPadding2D)',
    src: `x = layers.ZeroPadding2D(padding=((3, 3), (3, 3)), name='conv1_pad')(img_input)
x = layers.Conv2D(64, 7, strides=2, use_bias=use_bias, name='conv1_conv')(x)
x = layers.BatchNormalization(axis=bn_axis, epsilon=1.001e-5, name='conv1_bn')(x)
x = layers.Activation('relu', name='conv1_relu')(x)

x = layers.ZeroPadding2D(padding=((1, 1), (1, 1)), name='pool1_pad')(x)
x = layers.MaxPooling2D(3, strides=2, name='pool1_pool')(x)`,
    layers: ['conv_k7_s2_p3_f64', 'maxpool_k3_s2_p1'],
    passthrough: ['BatchNormalization', 'Activation'],
  },
  {
    name: 'MobileNet depthwise separable block (Keras applications)',
    src: `x = layers.DepthwiseConv2D((3, 3),
                           padding='same' if strides == (1, 1) else 'valid',
                           depth_multiplier=depth_multiplier,
                           strides=strides,
                           use_bias=False,
                           name='conv_dw_%d' % block_id)(x)
x = layers.BatchNormalization(axis=channel_axis, name='conv_dw_%d_bn' % block_id)(x)
x = layers.ReLU(6., name='conv_dw_%d_relu' % block_id)(x)
x = layers.Conv2D(pointwise_conv_filters, (1, 1),
                  padding='same',
                  use_bias=False,
                  strides=(1, 1),
                  name='conv_pw_%d' % block_id)(x)`,
    layers: ['conv_k3', 'conv_k1_s1_psame'],
    passthrough: ['BatchNormalization', 'ReLU'],
  },
  {
    name: 'MobileNet-style Sequential (DepthwiseConv2D, literal)',
    src: `model = keras.Sequential([
    keras.Input(shape=(96, 96, 32)),
    layers.DepthwiseConv2D(3, strides=2, padding="same", use_bias=False),
    layers.BatchNormalization(),
    layers.ReLU(6.0),
    layers.Conv2D(64, 1, padding="same", use_bias=False),
    layers.BatchNormalization(),
    layers.ReLU(6.0),
])`,
    layers: ['conv_k3_s2_psame_f32_g32', 'conv_k1_psame_f64_g1'],
    passthrough: ['BatchNormalization', 'ReLU', 'BatchNormalization', 'ReLU'],
    input: { channels: 32, size: { h: 96, w: 96 } },
  },
  {
    name: 'MobileNetV2 inverted residual (torchvision-style, groups)',
    src: `self.conv = nn.Sequential(
    # pw
    nn.Conv2d(16, 96, 1, 1, 0, bias=False),
    nn.BatchNorm2d(96),
    nn.ReLU6(inplace=True),
    # dw
    nn.Conv2d(96, 96, 3, 2, 1, groups=96, bias=False),
    nn.BatchNorm2d(96),
    nn.ReLU6(inplace=True),
    # pw-linear
    nn.Conv2d(96, 24, 1, 1, 0, bias=False),
    nn.BatchNorm2d(24),
)`,
    layers: ['conv_k1_s1_p0_f96', 'conv_k3_s2_p1_f96_g96', 'conv_k1_p0_f24'],
    passthrough: ['BatchNorm2d', 'ReLU6', 'BatchNorm2d', 'ReLU6', 'BatchNorm2d'],
    input: { channels: 16 },
  },
  {
    name: 'SqueezeNet 1.1 stem and squeeze (torchvision)',
    src: `self.features = nn.Sequential(
    nn.Conv2d(3, 64, kernel_size=3, stride=2),
    nn.ReLU(inplace=True),
    nn.MaxPool2d(kernel_size=3, stride=2, ceil_mode=True),
    nn.Conv2d(64, 16, kernel_size=1),
    nn.ReLU(inplace=True),
)`,
    layers: ['conv_k3_s2_p0_f64', 'maxpool_k3_s2_p0_ceil', 'conv_k1_f16'],
    passthrough: ['ReLU', 'ReLU'],
  },
  {
    name: 'WaveNet-style causal dilated Conv1D stack (Keras)',
    src: `model = Sequential()
model.add(Conv1D(32, 2, dilation_rate=1, padding='causal', activation='relu', input_shape=(1024, 1)))
model.add(Conv1D(32, 2, dilation_rate=2, padding='causal', activation='relu'))
model.add(Conv1D(32, 2, dilation_rate=4, padding='causal', activation='relu'))
model.add(Conv1D(32, 2, dilation_rate=8, padding='causal', activation='relu'))`,
    layers: ['conv_k1x2_d1x1_f32', 'conv_k1x2_d1x2', 'conv_k1x2_d1x4', 'conv_k1x2_d1x8'],
    input: { channels: 1, size: { h: 1, w: 1024 } },
  },
  {
    name: 'PyTorch Conv1d stack (dilated, padded)',
    src: `self.net = nn.Sequential(
    nn.Conv1d(1, 16, kernel_size=3, padding=1, dilation=1), nn.ReLU(),
    nn.Conv1d(16, 16, kernel_size=3, padding=2, dilation=2), nn.ReLU(),
    nn.Conv1d(16, 16, kernel_size=3, padding=4, dilation=4), nn.ReLU(),
)`,
    layers: ['conv_k1x3_d1x1_p0x1_f16', 'conv_k1x3_d1x2_p0x2', 'conv_k1x3_d1x4_p0x4'],
    passthrough: ['ReLU', 'ReLU', 'ReLU'],
    input: { channels: 1 },
  },
  {
    name: 'TF 1 MNIST tutorial (tf.nn calls and helpers inlined)',
    src: `x_image = tf.reshape(x, [-1, 28, 28, 1])

h_conv1 = tf.nn.relu(tf.nn.conv2d(x_image, W_conv1, strides=[1, 1, 1, 1], padding='SAME') + b_conv1)
h_pool1 = tf.nn.max_pool(h_conv1, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding='SAME')

h_conv2 = tf.nn.relu(tf.nn.conv2d(h_pool1, W_conv2, strides=[1, 1, 1, 1], padding='SAME') + b_conv2)
h_pool2 = tf.nn.max_pool(h_conv2, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding='SAME')

h_pool2_flat = tf.reshape(h_pool2, [-1, 7*7*64])
h_fc1 = tf.nn.relu(tf.matmul(h_pool2_flat, W_fc1) + b_fc1)`,
    layers: ['conv_s1_psame', 'maxpool_k2_s2_psame', 'conv_s1_psame', 'maxpool_k2_s2_psame'],
    passthrough: ['relu', 'relu'],
    end: 'reshape',
    input: { channels: 1, size: { h: 28, w: 28 } },
    style: 'TensorFlow calls',
  },
  {
    name: 'tf.nn call list with placeholder, tf.pad and explicit weights',
    src: `x = tf.placeholder(tf.float32, [None, 64, 64, 3])
w1 = tf.Variable(tf.truncated_normal([7, 7, 3, 32], stddev=0.1))
x = tf.pad(x, [[0, 0], [3, 3], [3, 3], [0, 0]], mode='REFLECT')
x = tf.nn.conv2d(x, w1, strides=[1, 2, 2, 1], padding='VALID')
x = tf.nn.relu(x)
x = tf.nn.avg_pool2d(x, ksize=2, strides=2, padding='VALID')`,
    layers: ['conv_s2_p3_mreflect', 'avgpool_k2_s2_p0'],
    passthrough: ['relu'],
    input: { channels: 3, size: { h: 64, w: 64 } },
  },
  {
    name: 'DeepLab ASPP branches (tf.nn.atrous_conv2d)',
    src: `net = tf.nn.atrous_conv2d(net, w6, rate=6, padding='SAME')
net = tf.nn.atrous_conv2d(net, w12, rate=12, padding='SAME')`,
    layers: ['conv_d6_psame', 'conv_d8_psame'],
  },
  {
    name: 'TF-Slim Inception stem in a variable_scope',
    src: `with tf.variable_scope(scope, 'InceptionV3', [inputs]):
  net = slim.conv2d(inputs, 32, [3, 3], stride=2, scope='Conv2d_1a_3x3')
  net = slim.conv2d(net, 32, [3, 3], scope='Conv2d_2a_3x3')
  net = slim.conv2d(net, 64, [3, 3], padding='SAME', scope='Conv2d_2b_3x3')
  net = slim.max_pool2d(net, [3, 3], stride=2, scope='MaxPool_3a_3x3')`,
    layers: ['conv_k3_s2_psame_f32', 'conv_k3_s1_f32', 'conv_k3_psame_f64', 'maxpool_k3_s2_p0'],
    passthrough: [],
  },
  {
    name: 'Keras 1 Convolution2D (border_mode, subsample)',
    src: `model = Sequential()
model.add(Convolution2D(64, 3, 3, border_mode='same', subsample=(2, 2), input_shape=(3, 224, 224)))
model.add(Activation('relu'))
model.add(Convolution2D(64, 3, 3, border_mode='valid'))
model.add(MaxPooling2D(pool_size=(2, 2), strides=(2, 2)))
model.add(Flatten())`,
    layers: ['conv_k3_s2_psame_f64', 'conv_k3_p0_f64', 'maxpool_k2_s2_p0'],
    passthrough: ['Activation'],
    end: 'Flatten',
    input: { channels: 3, size: { h: 224, w: 224 } },
  },
  {
    name: 'Keras 1 VGG16 (ZeroPadding2D then Convolution2D, Theano ordering)',
    src: `model = Sequential()
model.add(ZeroPadding2D((1,1),input_shape=(3,224,224)))
model.add(Convolution2D(64, 3, 3, activation='relu'))
model.add(ZeroPadding2D((1,1)))
model.add(Convolution2D(64, 3, 3, activation='relu'))
model.add(MaxPooling2D((2,2), strides=(2,2)))`,
    layers: ['conv_k3_p1_f64', 'conv_k3_p1_f64', 'maxpool_k2_s2_p0'],
    input: { channels: 3, size: { h: 224, w: 224 } },
  },
  {
    name: 'Keras 1 cifar10_cnn.py',
    src: `model = Sequential()

model.add(Convolution2D(32, 3, 3, border_mode='same',
                        input_shape=X_train.shape[1:]))
model.add(Activation('relu'))
model.add(Convolution2D(32, 3, 3))
model.add(Activation('relu'))
model.add(MaxPooling2D(pool_size=(2, 2)))
model.add(Dropout(0.25))`,
    layers: ['conv_k3_psame_f32', 'conv_k3_p0_f32', 'maxpool_k2_s2_p0'],
    passthrough: ['Activation', 'Activation', 'Dropout'],
  },
  {
    name: 'Theano LeNet conv layers (T.nnet.conv2d with filter_shape)',
    src: `conv_out = T.nnet.conv2d(input=layer0_input, filters=W0, filter_shape=(20, 1, 5, 5), input_shape=(batch_size, 1, 28, 28))
layer0_output = T.tanh(conv_out + b0.dimshuffle('x', 0, 'x', 'x'))
conv_out1 = T.nnet.conv2d(input=layer0_output, filters=W1, filter_shape=(50, 20, 5, 5), border_mode='half')`,
    layers: ['conv_k5_p0_f20', 'conv_k5_phalf_f50'],
    passthrough: ['tanh'],
    input: { channels: 1 },
    style: 'Theano calls',
  },
  {
    name: 'PyTorch functional F.pad then F.conv2d (replicate)',
    src: `x = F.pad(x, (1, 1, 1, 1), mode='replicate')
x = F.conv2d(x, weight, stride=1)
x = F.max_pool2d(x, 2)`,
    layers: ['conv_s1_p1_mreplicate', 'maxpool_k2_s2_p0'],
    style: 'PyTorch calls',
  },
  {
    name: 'Nested Sequentials (a backbone of blocks)',
    src: `backbone = nn.Sequential(
    nn.Sequential(nn.Conv2d(3, 32, 3, stride=2, padding=1), nn.BatchNorm2d(32), nn.SiLU()),
    nn.Sequential(
        nn.Conv2d(32, 64, 3, stride=2, padding=1, padding_mode='circular'),
        nn.GroupNorm(8, 64),
        nn.GELU(),
    ),
    nn.Dropout2d(0.1),
    nn.AvgPool2d(3, stride=1, padding=1, count_include_pad=False),
)`,
    layers: ['conv_k3_s2_p1_f32', 'conv_k3_s2_p1_f64_mcircular', 'avgpool_k3_s1_p1_cip0'],
    passthrough: ['BatchNorm2d', 'SiLU', 'GroupNorm', 'GELU', 'Dropout2d'],
    input: { channels: 3 },
  },
  {
    name: 'Sequential with torch.randn input and a comment-heavy style',
    src: `import torch
import torch.nn as nn

x = torch.randn(1, 3, 128, 128)  # NCHW
net = nn.Sequential(
    nn.Conv2d(3, 8, (3, 5), padding=(1, 2)),  # k=3x5
    nn.ReLU(),                                # keeps shape
    nn.MaxPool2d((2, 2)),
)
print(net(x).shape)`,
    layers: ['conv_k3x5_p1x2_f8', 'maxpool_k2_s2'],
    passthrough: ['ReLU'],
    input: { channels: 3, size: { h: 128, w: 128 } },
  },
  {
    name: 'ConstantPad2d before a pool (asymmetric, like TF same)',
    src: `pool = nn.Sequential(
    nn.ConstantPad2d((0, 1, 0, 1), 0.0),
    nn.MaxPool2d(2, stride=2),
)`,
    layers: ['maxpool_k2_s2_p0.1.0.1'],
  },
];
