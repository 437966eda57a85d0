/*
 * The light pane's style sheet. Internet Explorer 11 has no CSS variables and no flex gap, so colours are written
 * out and spacing is margins. Every control has a border as well as a fill, so high contrast (which drops fills)
 * still shows where it is; the system's colours then apply (-ms-high-contrast in IE11, forced-colors elsewhere).
 */
const CSS = `
.rdl{font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,"Helvetica Neue",sans-serif;font-size:14px;line-height:20px;color:#242424;background:#fff;padding:0 12px 16px;min-height:100%;box-sizing:border-box}
.rdl *{box-sizing:border-box}
.rdl h2{font-size:16px;font-weight:600;margin:16px 0 4px}
.rdl h3{font-size:14px;font-weight:600;margin:12px 0 4px}
.rdl p{margin:0 0 8px}
.rdl-tabs{display:flex;border-bottom:1px solid #d1d1d1;margin:0 -12px 12px;padding:0 8px;position:sticky;top:0;background:inherit}
.rdl-tab{font:inherit;font-weight:600;color:inherit;background:transparent;border:0;border-bottom:3px solid transparent;padding:10px 12px 7px;cursor:pointer}
.rdl-tab[aria-selected=true]{border-bottom-color:#0f6cbd}
.rdl-stack>*{margin-bottom:12px}
.rdl-field label,.rdl-fieldset legend{display:block;font-weight:600;margin-bottom:4px}
.rdl-input{font:inherit;color:inherit;width:100%;padding:5px 8px;border:1px solid #8a8a8a;border-radius:4px;background:#fff}
.rdl-input[aria-invalid=true]{border-color:#c50f1f}
.rdl-list{font:inherit;width:100%;margin-top:4px;border:1px solid #8a8a8a}
.rdl-hint{font-size:12px;color:#616161;margin-top:2px}
.rdl-field-error{font-size:12px;color:#b10e1c;margin-top:2px}
.rdl-fieldset{border:0;padding:0;margin:0}
.rdl-radio{display:block;margin:2px 0}
.rdl-button{font:inherit;font-weight:600;padding:5px 12px;border:1px solid #d1d1d1;border-radius:4px;background:#fff;color:#242424;cursor:pointer}
.rdl-primary{width:100%;background:#0f6cbd;border-color:#0f6cbd;color:#fff}
.rdl-button[disabled]{background:#f0f0f0;border-color:#e0e0e0;color:#8a8a8a;cursor:default}
.rdl-link{font:inherit;background:transparent;border:0;padding:0;color:#115ea3;text-decoration:underline;cursor:pointer;text-align:left}
.rdl a{color:#115ea3}
.rdl button:focus,.rdl input:focus,.rdl select:focus,.rdl a:focus{outline:2px solid #000;outline-offset:1px}
.rdl-message{border:1px solid #d1d1d1;border-left-width:4px;border-radius:4px;padding:8px 10px;background:#f5f5f5}
.rdl-message p{margin:0}
.rdl-success{border-color:#107c10;background:#f1faf1}
.rdl-info{border-color:#616161}
.rdl-warning{border-color:#bc4b09;background:#fff9f5}
.rdl-message.rdl-error{border-color:#c50f1f;background:#fdf3f4}
.rdl-detail{white-space:pre-wrap;word-wrap:break-word;font-size:12px;margin:4px 0 0}
.rdl-list-plain{list-style:none;margin:0;padding:0}
.rdl-finding{border-left:3px solid #d1d1d1;padding:4px 0 4px 8px;margin-bottom:8px}
.rdl-finding.rdl-error{border-left-color:#c50f1f}
.rdl-evidence{font-style:italic;color:#424242}
.rdl-item{margin-bottom:4px}
.rdl-mail{word-wrap:break-word;overflow-wrap:anywhere}
.rdl-dark .rdl-input,.rdl-dark .rdl-button,.rdl-dark .rdl-list{background:transparent;color:inherit}
.rdl-dark .rdl-primary{background:#115ea3;color:#fff}
.rdl-dark .rdl-message,.rdl-dark .rdl-success,.rdl-dark .rdl-warning,.rdl-dark .rdl-message.rdl-error{background:transparent}
.rdl-dark .rdl-hint,.rdl-dark .rdl-evidence{color:inherit}
.rdl-dark .rdl-link,.rdl-dark a{color:#62abf5}
@media (-ms-high-contrast:active),(forced-colors:active){
.rdl,.rdl-tabs,.rdl-input,.rdl-button,.rdl-primary,.rdl-message,.rdl-list{background:transparent;color:inherit;forced-color-adjust:auto}
.rdl-tab[aria-selected=true]{border-bottom-color:Highlight}
.rdl-button[disabled]{color:GrayText;border-color:GrayText}
.rdl-link,.rdl a{color:LinkText}
.rdl button:focus,.rdl input:focus,.rdl select:focus,.rdl a:focus{outline-color:Highlight}
}
`;

/** Adds the style sheet once, at the head, so the pane is styled before it is drawn. */
export function installStyles(): void {
  if (document.getElementById("rdl-styles")) return;
  const style = document.createElement("style");
  style.id = "rdl-styles";
  style.appendChild(document.createTextNode(CSS));
  document.getElementsByTagName("head")[0].appendChild(style);
}
