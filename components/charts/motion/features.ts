/** motion's animation features, loaded on their own after the chart has rendered (LazyMotion). */
import { domAnimation } from 'motion/react';

export default domAnimation;
