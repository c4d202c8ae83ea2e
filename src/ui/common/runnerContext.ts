import { createContext } from 'react';
import type { ModelRunner } from '../../runner';

/** Where the page puts its model runner (src/main.tsx); read it with useRunner (./runner.ts). */
export const RunnerContext = createContext<ModelRunner | null>(null);
