/**
 * Setup of the `unit-dom` project (component tests in jsdom): Testing Library's findBy… and
 * waitFor give up after 10 s instead of 1 s. Under `npm test` these files share two cores with
 * Chromium, and a lazy chunk or a worker reply can take longer than a second to arrive.
 */
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 10_000 });
