/**
 * motion's features for the deck, loaded after the deck has rendered (LazyMotion): animations,
 * exits and layout animation, which the overview's morph to and from the current slide needs.
 */
import { domMax } from 'motion/react';

export default domMax;
