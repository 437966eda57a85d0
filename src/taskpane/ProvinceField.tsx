import { Combobox, Field, Option } from "@fluentui/react-components";
import { CSSProperties, useMemo } from "react";
import { Strings } from "./i18n";
import { exactProvince, filterProvinces } from "./province-filter";

// Fluent's combobox asks for 250 px; in a 320 px pane it should simply take the column's width.
const fill: CSSProperties = { minWidth: 0, width: "100%" };

export interface ProvinceFieldProps {
  names: readonly string[];
  /** What the drafter typed or picked. */
  text: string;
  /** The province chosen, "" when none. */
  selected: string;
  /** Set when the drafter tried to insert with text that names no province. */
  error: boolean;
  t: Strings;
  onChange: (text: string, province: string) => void;
}

/** A searchable list of provinces: typing "thanh hoa" offers "Thanh Hóa"; typing a whole name picks it. */
export function ProvinceField({ names, text, selected, error, t, onChange }: ProvinceFieldProps) {
  // Once a province is picked, reopening the list shows them all rather than just the one picked.
  const matches = useMemo(() => (text === selected ? [...names] : filterProvinces(names, text)), [names, text, selected]);
  return (
    <Field
      label={t.provinceLabel}
      hint={t.provinceHint}
      validationState={error ? "error" : "none"}
      validationMessage={error ? t.provinceNotInList : undefined}
    >
      <Combobox
        style={fill}
        input={{ style: fill }}
        freeform
        placeholder={t.provincePlaceholder}
        value={text}
        selectedOptions={selected ? [selected] : []}
        onChange={(ev) => onChange(ev.target.value, exactProvince(names, ev.target.value) ?? "")}
        // "ha noi" picked Hà Nội: show the name as it will be written.
        onBlur={() => {
          if (selected && text !== selected) onChange(selected, selected);
        }}
        onOptionSelect={(_, data) => {
          if (data.optionValue) onChange(data.optionValue, data.optionValue);
        }}
      >
        {matches.length > 0 ? (
          matches.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))
        ) : (
          <Option key="" value="" text="" disabled>
            {t.provinceNoMatch}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
