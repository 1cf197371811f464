/** Example models for "Paste a model": each fills the textarea as a user would paste it. */
import type { Pair } from '../../../core';

export interface ModelExample {
  /** The link's text after "Try:". */
  readonly name: string;
  readonly text: string;
  /** The input size to preview it at when the text does not say (PyTorch modules never do). */
  readonly size?: Pair;
}

export const MODEL_EXAMPLES: readonly ModelExample[] = [
  {
    name: 'torchvision ResNet stem',
    size: { h: 224, w: 224 },
    text: `# torchvision.models.resnet18: the stem and the first block's convolutions
import torch.nn as nn

stem = nn.Sequential(
    nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3, bias=False),
    nn.BatchNorm2d(64),
    nn.ReLU(inplace=True),
    nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
    # layer1[0]
    nn.Conv2d(64, 64, kernel_size=3, stride=1, padding=1, bias=False),
    nn.BatchNorm2d(64),
    nn.ReLU(inplace=True),
    nn.Conv2d(64, 64, kernel_size=3, stride=1, padding=1, bias=False),
    nn.BatchNorm2d(64),
)
`,
  },
  {
    name: 'Keras LeNet',
    text: `# LeNet-5 in Keras
model = keras.Sequential()
model.add(layers.Conv2D(6, kernel_size=5, activation='relu', input_shape=(32, 32, 1)))
model.add(layers.AveragePooling2D(pool_size=2))
model.add(layers.Conv2D(16, kernel_size=5, activation='relu'))
model.add(layers.AveragePooling2D(pool_size=2))
model.add(layers.Flatten())
model.add(layers.Dense(120, activation='relu'))
model.add(layers.Dense(10, activation='softmax'))
`,
  },
];
