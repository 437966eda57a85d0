/*
 * The ribbon's buttons ("Soạn báo cáo", and "Kiểm tra báo cáo" opening taskpane.html?view=check) both open the
 * task pane (ShowTaskpane in manifest.xml), so this page has no functions to register yet; it initialises
 * Office.js, as every add-in page must.
 */
void Office.onReady();

export {};
