/*
 * Jest's setup for every suite (jest.config.js). The pane's views and profiles load lazily, and CI runs the jsdom
 * suites beside Chromium's and LibreOffice's on two cores: a view can take seconds to appear there, which
 * testing-library's default wait of one second would report as a failure of the view.
 */
import { configure } from "@testing-library/dom";

configure({ asyncUtilTimeout: 10_000 });
