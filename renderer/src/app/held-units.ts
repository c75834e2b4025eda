/**
 * The workspace's units as the app already holds them (useWorkspace's model, kept current by every
 * edit): a view that needs the unit list reads it here instead of downloading it again.
 */
import { createContext, useContext } from 'react';
import type { Unit } from '../../../shared/model/unit.ts';

export const HeldUnits = createContext<readonly Unit[]>([]);

export const useHeldUnits = (): readonly Unit[] => useContext(HeldUnits);
