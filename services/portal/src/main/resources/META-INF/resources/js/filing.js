// 新建登记申请: only the chosen subtype's own facts show (patent number for a patent transfer, licence scope for a
// licence …). Without this script every fact shows and the hint says to fill those of the chosen type; the portal
// sends only the chosen type's facts either way.
const type = document.querySelector('[data-filing-type]');
if (type) {
  const hint = document.querySelector('[data-filing-details-hint]');
  const update = () => {
    let shown = 0;
    for (const field of document.querySelectorAll('[data-types]')) {
      const mine = field.dataset.types.split(' ').includes(type.value);
      field.hidden = !mine;
      shown += mine ? 1 : 0;
    }
    if (hint) {
      hint.hidden = shown === 0;
    }
  };
  type.addEventListener('change', update);
  update();
}
