import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The demonstration element holds every piece of the forms foundation; its source is the one to copy.
import '../packages/ui/test/form-pieces.js';
import type { Piece } from '../packages/ui/test/form-pieces.js';

interface Args {
  piece: Piece | '';
  lang: string;
  errors: boolean;
}

const meta: Meta<Args> = {
  title: 'Foundation/Form pieces',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Every renderer and controller of `@npt/ui`’s forms foundation (see `packages/ui/src/form/README.md`). Source: `packages/ui/test/form-pieces.ts`. "errors" shows the piece as after a failed submit.',
      },
    },
  },
  args: { piece: 'text', lang: 'fr', errors: false },
  argTypes: {
    piece: {
      control: 'select',
      options: ['', 'text', 'number', 'textarea', 'select', 'combobox', 'checkbox', 'checkbox-group', 'radio-group', 'repeatable'],
    },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    errors: { control: 'boolean' },
  },
  render: ({ piece, lang, errors }) => {
    const el = document.createElement('npt-form-pieces');
    el.piece = piece;
    el.lang = lang;
    if (errors) void el.updateComplete.then(() => el.check());
    return el;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const TextEmailTel: Story = { args: { piece: 'text' } };
export const TextWithErrors: Story = { args: { piece: 'text', errors: true } };
export const FrenchNumber: Story = { args: { piece: 'number', errors: true } };
export const TextareaWithCount: Story = { args: { piece: 'textarea' } };
export const Select: Story = { args: { piece: 'select', errors: true } };
export const Combobox: Story = { args: { piece: 'combobox' } };
export const Checkbox: Story = { args: { piece: 'checkbox', errors: true } };
export const CheckboxGroup: Story = { args: { piece: 'checkbox-group' } };
export const RadioGroup: Story = { args: { piece: 'radio-group', errors: true } };
export const RepeatableGroups: Story = { args: { piece: 'repeatable' } };
/** Every piece in three steps: "Étape 1 sur 3 : Contact", each step checked before the next. */
export const Steps: Story = { args: { piece: '' } };
