/**
 * Model definitions as people paste them (torchvision, the PyTorch and
 * Keras examples, CycleGAN/pix2pix, U-Net, DCGAN, MobileNet, WaveNet, TF 1
 * tutorials, Keras 1 and Theano-era code), each with facts read off the
 * source by hand: the layers in order in the `net` URL notation (op, then
 * `k` kernel, `s` stride, `p` pad — `p0` is valid —, `f` filters, `d`
 * dilation, `g` groups, `o` output padding, `m` mode; only the fields
 * written are checked), the passthrough names, the layer that ends the
 * list and the input the paste states.
 */

export interface ModelCase {
  readonly name: string;
  readonly src: string;
  readonly layers: readonly string[];
  readonly passthrough?: readonly string[];
  readonly end?: string;
  readonly input?: { channels?: number; size?: { h: number; w: number } };
  readonly style?: string;
}

export const CORPUS: readonly ModelCase[] = [
  {
    name: 'torchvision AlexNet features',
    src: `self.features = nn.Sequential(
            nn.Conv2d(3, 64, kernel_size=11, stride=4, padding=2),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
            nn.Conv2d(64, 192, kernel_size=5, padding=2),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
            nn.Conv2d(192, 384, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.Conv2d(384, 256, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.Conv2d(256, 256, kernel_size=3, padding=1),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
        )`,
    // 384 filters are shown as 256: the network view's limit (design.md `net`).
    layers: ['conv_k11_s4_p2_f64', 'maxpool_k3_s2_p0', 'conv_k5_s1_p2_f192', 'maxpool_k3_s2', 'conv_k3_p1_f256', 'conv_k3_p1_f256', 'conv_k3_p1_f256', 'maxpool_k3_s2'],
    passthrough: ['ReLU', 'ReLU', 'ReLU', 'ReLU', 'ReLU'],
    input: { channels: 3 },
    style: 'PyTorch nn.Sequential',
  },
  {
    name: 'torchvision AlexNet, features and classifier',
    src: `class AlexNet(nn.Module):
    def __init__(self, num_classes: int = 1000, dropout: float = 0.5) -> None:
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 64, kernel_size=11, stride=4, padding=2),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(kernel_size=3, stride=2),
        )
        self.avgpool = nn.AdaptiveAvgPool2d((6, 6))
        self.classifier = nn.Sequential(
            nn.Dropout(p=dropout),
            nn.Linear(256 * 6 * 6, 4096),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.features(x)
        x = self.avgpool(x)
        return self.classifier(x)`,
    layers: ['conv_k11_s4_p2_f64', 'maxpool_k3_s2'],
    passthrough: ['ReLU'],
    end: 'AdaptiveAvgPool2d',
  },
  {
    name: 'VGG16 block with batch norm (torchvision make_layers, written out)',
    src: `nn.Sequential(
    nn.Conv2d(3, 64, kernel_size=3, padding=1), nn.BatchNorm2d(64), nn.ReLU(inplace=True),
    nn.Conv2d(64, 64, kernel_size=3, padding=1), nn.BatchNorm2d(64), nn.ReLU(inplace=True),
    nn.MaxPool2d(kernel_size=2, stride=2),
)`,
    layers: ['conv_k3_s1_p1_f64', 'conv_k3_p1_f64', 'maxpool_k2_s2_p0'],
    passthrough: ['BatchNorm2d', 'ReLU', 'BatchNorm2d', 'ReLU'],
  },
  {
    name: 'Keras VGG16 blocks 1-2 (functional)',
    src: `# Block 1
x = layers.Conv2D(64, (3, 3), activation='relu', padding='same', name='block1_conv1')(img_input)
x = layers.Conv2D(64, (3, 3), activation='relu', padding='same', name='block1_conv2')(x)
x = layers.MaxPooling2D((2, 2), strides=(2, 2), name='block1_pool')(x)

# Block 2
x = layers.Conv2D(128, (3, 3), activation='relu', padding='same', name='block2_conv1')(x)
x = layers.Conv2D(128, (3, 3), activation='relu', padding='same', name='block2_conv2')(x)
x = layers.MaxPooling2D((2, 2), strides=(2, 2), name='block2_pool')(x)`,
    layers: ['conv_k3_psame_f64', 'conv_k3_psame_f64', 'maxpool_k2_s2_p0', 'conv_k3_psame_f128', 'conv_k3_psame_f128', 'maxpool_k2_s2'],
    style: 'Keras functional calls',
  },
  {
    name: 'torchvision ResNet stem (__init__)',
    src: `class ResNet(nn.Module):
    def __init__(self, block, layers, num_classes=1000, zero_init_residual=False):
        super(ResNet, self).__init__()
        self.inplanes = 64
        self.conv1 = nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3,
                               bias=False)
        self.bn1 = nn.BatchNorm2d(64)
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)
        self.layer1 = self._make_layer(block, 64, layers[0])
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(512 * block.expansion, num_classes)

    def forward(self, x):
        x = self.conv1(x)
        x = self.bn1(x)
        return x`,
    layers: ['conv_k7_s2_p3_f64', 'maxpool_k3_s2_p1'],
    passthrough: ['BatchNorm2d', 'ReLU'],
    end: 'AdaptiveAvgPool2d',
    input: { channels: 3 },
    style: 'PyTorch nn.Module',
  },
  {
    name: 'torchvision BasicBlock convs',
    src: `        self.conv1 = nn.Conv2d(inplanes, planes, kernel_size=3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(planes, planes, kernel_size=3, stride=1, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)`,
    layers: ['conv_k3_p1', 'conv_k3_s1_p1'],
    passthrough: ['BatchNorm2d', 'ReLU', 'BatchNorm2d'],
  },
  {
    name: 'torchvision DenseNet features (OrderedDict)',
    src: `        self.features = nn.Sequential(OrderedDict([
            ('conv0', nn.Conv2d(3, num_init_features, kernel_size=7, stride=2,
                                padding=3, bias=False)),
            ('norm0', nn.BatchNorm2d(num_init_features)),
            ('relu0', nn.ReLU(inplace=True)),
            ('pool0', nn.MaxPool2d(kernel_size=3, stride=2, padding=1)),
        ]))`,
    layers: ['conv_k7_s2_p3', 'maxpool_k3_s2_p1'],
    passthrough: ['BatchNorm2d', 'ReLU'],
    input: { channels: 3 },
  },
  {
    name: 'torchvision DenseNet transition (add_module)',
    src: `self.add_module('norm', nn.BatchNorm2d(num_input_features))
self.add_module('relu', nn.ReLU(inplace=True))
self.add_module('conv', nn.Conv2d(num_input_features, num_output_features,
                                  kernel_size=1, stride=1, bias=False))
self.add_module('pool', nn.AvgPool2d(kernel_size=2, stride=2))`,
    layers: ['conv_k1_s1_p0', 'avgpool_k2_s2_p0'],
    passthrough: ['BatchNorm2d', 'ReLU'],
  },
  {
    name: 'DCGAN generator (PyTorch tutorial)',
    src: `        self.main = nn.Sequential(
            # input is Z, going into a convolution
            nn.ConvTranspose2d( nz, ngf * 8, 4, 1, 0, bias=False),
            nn.BatchNorm2d(ngf * 8),
            nn.ReLU(True),
            # state size. \`\`(ngf*8) x 4 x 4\`\`
            nn.ConvTranspose2d(ngf * 8, ngf * 4, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ngf * 4),
            nn.ReLU(True),
            # state size. \`\`(ngf*4) x 8 x 8\`\`
            nn.ConvTranspose2d( ngf * 4, ngf * 2, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ngf * 2),
            nn.ReLU(True),
            nn.ConvTranspose2d( ngf * 2, ngf, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ngf),
            nn.ReLU(True),
            nn.ConvTranspose2d( ngf, nc, 4, 2, 1, bias=False),
            nn.Tanh()
            # state size. \`\`(nc) x 64 x 64\`\`
        )`,
    layers: ['convt_k4_s1_p0', 'convt_k4_s2_p1', 'convt_k4_s2_p1', 'convt_k4_s2_p1', 'convt_k4_s2_p1'],
    passthrough: ['BatchNorm2d', 'ReLU', 'BatchNorm2d', 'ReLU', 'BatchNorm2d', 'ReLU', 'BatchNorm2d', 'ReLU', 'Tanh'],
  },
  {
    name: 'DCGAN discriminator (PyTorch tutorial)',
    src: `self.main = nn.Sequential(
    # input is \`\`(nc) x 64 x 64\`\`
    nn.Conv2d(nc, ndf, 4, 2, 1, bias=False),
    nn.LeakyReLU(0.2, inplace=True),
    nn.Conv2d(ndf, ndf * 2, 4, 2, 1, bias=False),
    nn.BatchNorm2d(ndf * 2),
    nn.LeakyReLU(0.2, inplace=True),
    nn.Conv2d(ndf * 2, ndf * 4, 4, 2, 1, bias=False),
    nn.BatchNorm2d(ndf * 4),
    nn.LeakyReLU(0.2, inplace=True),
    nn.Conv2d(ndf * 4, ndf * 8, 4, 2, 1, bias=False),
    nn.BatchNorm2d(ndf * 8),
    nn.LeakyReLU(0.2, inplace=True),
    nn.Conv2d(ndf * 8, 1, 4, 1, 0, bias=False),
    nn.Sigmoid()
)`,
    layers: ['conv_k4_s2_p1', 'conv_k4_s2_p1', 'conv_k4_s2_p1', 'conv_k4_s2_p1', 'conv_k4_s1_p0_f1'],
    passthrough: ['LeakyReLU', 'BatchNorm2d', 'LeakyReLU', 'BatchNorm2d', 'LeakyReLU', 'BatchNorm2d', 'LeakyReLU', 'Sigmoid'],
  },
  {
    name: 'Keras DCGAN generator (the Dense head before the first conv is skipped, Reshape gives the input)',
    src: `generator = keras.Sequential(
    [
        keras.Input(shape=(latent_dim,)),
        layers.Dense(8 * 8 * 128),
        layers.Reshape((8, 8, 128)),
        layers.Conv2DTranspose(128, kernel_size=4, strides=2, padding="same"),
        layers.LeakyReLU(negative_slope=0.2),
    ],
    name="generator",
)`,
    layers: ['convt_k4_s2_psame_f128'],
    passthrough: ['LeakyReLU'],
    input: { channels: 128, size: { h: 8, w: 8 } },
  },
  {
    name: 'Keras DCGAN discriminator',
    src: `discriminator = keras.Sequential(
    [
        keras.Input(shape=(64, 64, 3)),
        layers.Conv2D(64, kernel_size=4, strides=2, padding="same"),
        layers.LeakyReLU(negative_slope=0.2),
        layers.Conv2D(128, kernel_size=4, strides=2, padding="same"),
        layers.LeakyReLU(negative_slope=0.2),
        layers.Conv2D(128, kernel_size=4, strides=2, padding="same"),
        layers.LeakyReLU(negative_slope=0.2),
        layers.Flatten(),
        layers.Dropout(0.2),
        layers.Dense(1, activation="sigmoid"),
    ],
    name="discriminator",
)`,
    layers: ['conv_k4_s2_psame_f64', 'conv_k4_s2_psame_f128', 'conv_k4_s2_psame_f128'],
    passthrough: ['LeakyReLU', 'LeakyReLU', 'LeakyReLU'],
    end: 'Flatten',
    input: { channels: 3, size: { h: 64, w: 64 } },
    style: 'Keras Sequential',
  },
  {
    name: 'CycleGAN ResnetGenerator head (layer list)',
    src: `        model = [nn.ReflectionPad2d(3),
                 nn.Conv2d(input_nc, ngf, kernel_size=7, padding=0, bias=use_bias),
                 norm_layer(ngf),
                 nn.ReLU(True)]`,
    layers: ['conv_k7_s1_p3_mreflect'],
    passthrough: ['norm_layer', 'ReLU'],
    style: 'layer list',
  },
  {
    name: 'CycleGAN downsampling, unrolled',
    src: `model += [nn.Conv2d(ngf, ngf * 2, kernel_size=3, stride=2, padding=1, bias=use_bias),
          norm_layer(ngf * 2),
          nn.ReLU(True)]
model += [nn.Conv2d(ngf * 2, ngf * 4, kernel_size=3, stride=2, padding=1, bias=use_bias),
          norm_layer(ngf * 4),
          nn.ReLU(True)]`,
    layers: ['conv_k3_s2_p1_mzeros', 'conv_k3_s2_p1'],
    passthrough: ['norm_layer', 'ReLU', 'norm_layer', 'ReLU'],
  },
  {
    name: 'CycleGAN ResnetBlock conv_block',
    src: `conv_block = []
conv_block += [nn.ReflectionPad2d(1)]
conv_block += [nn.Conv2d(dim, dim, kernel_size=3, padding=0, bias=use_bias), norm_layer(dim), nn.ReLU(True)]
if use_dropout:
    conv_block += [nn.Dropout(0.5)]
conv_block += [nn.ReflectionPad2d(1)]
conv_block += [nn.Conv2d(dim, dim, kernel_size=3, padding=0, bias=use_bias), norm_layer(dim)]

return nn.Sequential(*conv_block)`,
    layers: ['conv_k3_p1_mreflect', 'conv_k3_p1_mreflect'],
    passthrough: ['norm_layer', 'ReLU', 'norm_layer'],
  },
  {
    name: 'CycleGAN upsampling and output, unrolled',
    src: `model += [nn.ConvTranspose2d(ngf * 4, ngf * 2,
                             kernel_size=3, stride=2,
                             padding=1, output_padding=1,
                             bias=use_bias),
          norm_layer(ngf * 2),
          nn.ReLU(True)]
model += [nn.ReflectionPad2d(3)]
model += [nn.Conv2d(ngf, output_nc, kernel_size=7, padding=0)]
model += [nn.Tanh()]`,
    layers: ['convt_k3_s2_p1_o1', 'conv_k7_p3_mreflect'],
    passthrough: ['norm_layer', 'ReLU', 'Tanh'],
  },
  {
    name: 'pix2pix PatchGAN discriminator, unrolled (kernel a variable)',
    src: `kw = 4
padw = 1
sequence = [nn.Conv2d(input_nc, ndf, kernel_size=kw, stride=2, padding=padw), nn.LeakyReLU(0.2, True)]
sequence += [
    nn.Conv2d(ndf, ndf * 2, kernel_size=kw, stride=2, padding=padw, bias=use_bias),
    norm_layer(ndf * 2),
    nn.LeakyReLU(0.2, True)
]
sequence += [nn.Conv2d(ndf * 2, 1, kernel_size=kw, stride=1, padding=padw)]  # output 1 channel prediction map
self.model = nn.Sequential(*sequence)`,
    layers: ['conv_s2', 'conv_s2', 'conv_s1_f1'],
    passthrough: ['LeakyReLU', 'norm_layer', 'LeakyReLU'],
  },
  {
    name: 'U-Net DoubleConv (milesial Pytorch-UNet)',
    src: `        self.double_conv = nn.Sequential(
            nn.Conv2d(in_channels, mid_channels, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm2d(mid_channels),
            nn.ReLU(inplace=True),
            nn.Conv2d(mid_channels, out_channels, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm2d(out_channels),
            nn.ReLU(inplace=True)
        )`,
    layers: ['conv_k3_s1_p1', 'conv_k3_s1_p1'],
    passthrough: ['BatchNorm2d', 'ReLU', 'BatchNorm2d', 'ReLU'],
  },
  {
    name: 'U-Net Down (maxpool then a block)',
    src: `self.maxpool_conv = nn.Sequential(
    nn.MaxPool2d(2),
    DoubleConv(in_channels, out_channels)
)`,
    layers: ['maxpool_k2_s2_p0'],
    passthrough: ['DoubleConv'],
  },
  {
    name: 'U-Net Up (transposed convolution)',
    src: `class Up(nn.Module):
    """Upscaling then double conv"""

    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.up = nn.ConvTranspose2d(in_channels, in_channels // 2, kernel_size=2, stride=2)
        self.conv = DoubleConv(in_channels, out_channels)`,
    layers: ['convt_k2_s2_p0'],
  },
  {
    name: 'U-Net (Keras, zhixuhao) contracting path',
    src: `inputs = Input(input_size)
conv1 = Conv2D(64, 3, activation = 'relu', padding = 'same', kernel_initializer = 'he_normal')(inputs)
conv1 = Conv2D(64, 3, activation = 'relu', padding = 'same', kernel_initializer = 'he_normal')(conv1)
pool1 = MaxPooling2D(pool_size=(2, 2))(conv1)
conv2 = Conv2D(128, 3, activation = 'relu', padding = 'same', kernel_initializer = 'he_normal')(pool1)
conv2 = Conv2D(128, 3, activation = 'relu', padding = 'same', kernel_initializer = 'he_normal')(conv2)
pool2 = MaxPooling2D(pool_size=(2, 2))(conv2)`,
    layers: ['conv_k3_psame_f64', 'conv_k3_psame_f64', 'maxpool_k2_s2_p0', 'conv_k3_psame_f128', 'conv_k3_psame_f128', 'maxpool_k2_s2'],
  },
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
